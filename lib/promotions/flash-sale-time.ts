/** How flash-sale times read, pure (the server's `<time>` text and the browser's countdown share it). */

const utc = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** "Wed 2 Dec, 20:30 UTC": readable without JavaScript, whatever the shopper's time zone. */
export function formatSaleTime(iso: string): string {
  return `${utc.format(new Date(iso))} UTC`;
}

const two = (n: number) => String(n).padStart(2, "0");

/** Time left as a countdown: "2d 03:04:05", "03:04:05", "04:05"; "00:00" once over. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const clock = hours > 0 || days > 0 ? `${two(hours)}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** How flash-sale times read, pure (the server's `<time>` text and the browser's countdown share it). */

const formats = new Map<string, Intl.DateTimeFormat>();
function utc(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    // English reads day-month ("Wed 2 Dec"); other languages their own order ("12月2日周三").
    f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: "UTC",
    });
    formats.set(locale, f);
  }
  return f;
}

/** "Wed 2 Dec, 20:30 UTC" (in `locale`): readable without JavaScript, whatever the shopper's time zone. */
export function formatSaleTime(iso: string, locale = "en"): string {
  return `${utc(locale).format(new Date(iso))} UTC`;
}

const two = (n: number) => String(n).padStart(2, "0");

/** Time left as a countdown: "2d 03:04:05", "03:04:05", "04:05"; "00:00" once over. `day` is the days' unit ("d", "天"). */
export function formatCountdown(ms: number, day = "d"): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const clock = hours > 0 || days > 0 ? `${two(hours)}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
  return days > 0 ? `${days}${day} ${clock}` : clock;
}

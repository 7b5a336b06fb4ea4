const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "Nov 22, 2026, 8:30 AM UTC": one zone for every reader, so server and browser agree. */
export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

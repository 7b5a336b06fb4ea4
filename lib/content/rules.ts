/** Where a banner may point: a path on this site ("/c/tea") or an https:// address. */
export function isAllowedBannerLink(link: string): boolean {
  if (link.length > 500 || /[\s\\]/.test(link)) return false;
  if (link.startsWith("/")) return !link.startsWith("//");
  try {
    const url = new URL(link);
    return url.protocol === "https:" && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Parses a From/To field ("2026-12-24T09:00", read as UTC); "" is no limit, null when malformed. */
export function parseScheduleTime(value: string): Date | null | "invalid" {
  const text = value.trim();
  if (text === "") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return "invalid";
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => Number(x ?? 0));
  if (h > 23 || mi > 59 || s > 59) return "invalid";
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : "invalid";
}

/** A date as the From/To fields show it (UTC, to the minute). */
export function scheduleFieldValue(date: Date | string | null): string {
  return date ? new Date(date).toISOString().slice(0, 16) : "";
}

export type BannerSchedule = { active: boolean; startsAt: Date | null; endsAt: Date | null };

/** What the list says about a banner at `now`: live on the home page, scheduled for later, ended, or switched off. */
export function bannerState(b: BannerSchedule, now: Date): "live" | "scheduled" | "ended" | "off" {
  if (!b.active) return "off";
  if (b.startsAt && b.startsAt > now) return "scheduled";
  if (b.endsAt && b.endsAt <= now) return "ended";
  return "live";
}

export const BANNER_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const BANNER_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;

/** The image format of an upload by its first bytes (what the browser says about it is not trusted), or null. */
export function sniffImageType(bytes: Uint8Array): (typeof BANNER_IMAGE_TYPES)[number] | null {
  const at = (i: number, ...b: number[]) => b.every((v, j) => bytes[i + j] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return "image/jpeg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "image/webp";
  if (at(4, 0x66, 0x74, 0x79, 0x70) && (at(8, 0x61, 0x76, 0x69, 0x66) || at(8, 0x61, 0x76, 0x69, 0x73))) return "image/avif";
  return null;
}

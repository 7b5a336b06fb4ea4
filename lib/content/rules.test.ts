import { describe, expect, it } from "vitest";
import { bannerState, isAllowedBannerLink, parseScheduleTime, scheduleFieldValue, sniffImageType } from "./rules";
import { bannerSchema } from "./schema";

describe("banner links", () => {
  it("accepts site paths and https addresses only", () => {
    for (const ok of ["/", "/c/tea", "/search?q=mug&sort=newest", "https://example.com/sale"])
      expect(isAllowedBannerLink(ok), ok).toBe(true);
    for (const bad of [
      "javascript:alert(1)",
      "//evil.example",
      "http://example.com",
      "c/tea",
      "/\\evil",
      "https://localhost",
      "data:text/html,x",
      "/a b",
      "",
    ]) {
      expect(isAllowedBannerLink(bad), bad).toBe(false);
    }
  });
});

describe("banner schedule", () => {
  it("reads From/To as UTC and refuses impossible dates", () => {
    expect(parseScheduleTime("")).toBeNull();
    expect(parseScheduleTime("2026-12-24T09:30")).toEqual(new Date("2026-12-24T09:30:00Z"));
    for (const bad of ["2026-02-30T10:00", "2026-12-24", "24/12/2026 09:30", "2026-12-24T25:00"])
      expect(parseScheduleTime(bad), bad).toBe("invalid");
    expect(scheduleFieldValue(new Date("2026-12-24T09:30:00Z"))).toBe("2026-12-24T09:30");
    expect(scheduleFieldValue(null)).toBe("");
  });

  it("says whether a banner is live, scheduled, ended or off", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const at = (iso: string) => new Date(iso);
    expect(bannerState({ active: true, startsAt: null, endsAt: null }, now)).toBe("live");
    expect(bannerState({ active: true, startsAt: at("2026-06-02T00:00:00Z"), endsAt: null }, now)).toBe("scheduled");
    expect(bannerState({ active: true, startsAt: null, endsAt: now }, now)).toBe("ended");
    expect(bannerState({ active: false, startsAt: null, endsAt: null }, now)).toBe("off");
  });

  it("wants the end after the start", () => {
    const base = { title: "Sale", subtitle: "", linkUrl: "/c/tea", active: "on" };
    expect(bannerSchema.safeParse({ ...base, startsAt: "2026-06-02T00:00", endsAt: "2026-06-01T00:00" }).error?.issues[0]?.path).toEqual([
      "endsAt",
    ]);
    expect(bannerSchema.safeParse({ ...base, startsAt: "", endsAt: "" }).data).toMatchObject({
      active: true,
      startsAt: null,
      endsAt: null,
    });
    expect(bannerSchema.safeParse({ ...base, linkUrl: "javascript:alert(1)" }).success).toBe(false);
  });
});

describe("uploaded images", () => {
  it("knows JPEG, PNG, WebP and AVIF by their bytes, not by their name", () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(sniffImageType(new TextEncoder().encode("RIFF....WEBPVP8 "))).toBe("image/webp");
    expect(sniffImageType(new TextEncoder().encode("....ftypavif"))).toBe("image/avif");
    expect(sniffImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBeNull();
  });
});

import { inArray } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { banners } from "@/db/schema";
import { listActiveBanners } from "@/lib/catalog/queries";
import { storeBannerImage } from "./image";
import { createBanner, deleteBanner, moveBanner } from "./mutations";
import { listBanners } from "./queries";

const made: number[] = [];
afterAll(async () => {
  if (made.length) await db.delete(banners).where(inArray(banners.id, made));
});

const input = (title: string, over: Partial<{ active: boolean; startsAt: Date | null; endsAt: Date | null }> = {}) => ({
  title,
  subtitle: "",
  linkUrl: "/c/tea",
  active: true,
  startsAt: null,
  endsAt: null,
  ...over,
});

async function create(title: string, over: Parameters<typeof input>[1] = {}) {
  const result = await createBanner(input(title, over), "/media/banners/test.webp");
  if (!result.ok) throw new Error(result.error);
  made.push(result.id);
  return result.id;
}

describe("home banners (real PostgreSQL)", () => {
  it("the home page's query shows active banners inside their schedule only", async () => {
    const now = new Date();
    const hour = 3_600_000;
    const ids = {
      always: await create("Always on"),
      running: await create("Running", { startsAt: new Date(now.getTime() - hour), endsAt: new Date(now.getTime() + hour) }),
      later: await create("Later", { startsAt: new Date(now.getTime() + hour) }),
      over: await create("Over", { endsAt: new Date(now.getTime() - 1000) }),
      off: await create("Switched off", { active: false }),
    };
    const shown = (list: { id: number }[]) =>
      Object.entries(ids)
        .filter(([, id]) => list.some((b) => b.id === id))
        .map(([k]) => k);
    expect(shown(await listActiveBanners(now))).toEqual(["always", "running"]);
    expect(shown(await listActiveBanners(new Date(now.getTime() + 2 * hour)))).toEqual(["always", "later"]);
  });

  it("adds new banners last and reorders by swapping neighbours", async () => {
    const a = await create("Order A");
    const b = await create("Order B");
    const order = async () => (await listBanners()).map((r) => r.id).filter((id) => id === a || id === b);
    expect(await order()).toEqual([a, b]);
    expect(await moveBanner(b, "up")).toEqual({ ok: true, id: b });
    expect(await order()).toEqual([b, a]);
    const all = await listBanners();
    expect(all.map((r) => r.position)).toEqual(all.map((_, i) => i));
    expect(await deleteBanner(a)).toEqual({ ok: true, id: a });
    expect(await deleteBanner(a)).toMatchObject({ ok: false, notFound: true });
  });
});

describe("banner images", () => {
  it("re-encodes a real picture as WebP and refuses other files", async () => {
    const png = await sharp({ create: { width: 2400, height: 900, channels: 3, background: "#d4a373" } })
      .png()
      .toBuffer();
    const stored = await storeBannerImage(new File([new Uint8Array(png)], "sale.png", { type: "image/png" }));
    expect(stored).toMatchObject({ ok: true, url: expect.stringMatching(/^\/media\/banners\/[\w-]+\.webp$/) });
    const fake = await storeBannerImage(new File(["<svg onload=alert(1)>"], "x.png", { type: "image/png" }));
    expect(fake).toEqual({ ok: false, error: "Choose a JPEG, PNG, WebP or AVIF image." });
    const broken = await storeBannerImage(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], "x.png"));
    expect(broken.ok).toBe(false);
  });
});

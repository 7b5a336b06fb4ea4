import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { productImages, products } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { createUserWithRole, productForm, someCategoryAndBrand, unique } from "@/lib/products/testing";

// The route and the save as Next calls them, with the session and Next's request-bound helpers stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
vi.mock("next/cache", async (original) => ({
  ...(await original<object>()),
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { POST } = await import("@/app/api/admin/pictures/[kind]/route");
const { saveProductAction } = await import("@/lib/products/actions");

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#3a6" } })
    .png()
    .toBuffer();
const params = (kind: string) => ({ params: Promise.resolve({ kind }) });

function upload(kind: string, body: BodyInit, headers: Record<string, string> = { "content-type": "image/png" }) {
  return POST(
    new Request(`http://shop.test/api/admin/pictures/${kind}?name=mug.png`, {
      method: "POST",
      body,
      headers,
      duplex: "half",
    } as RequestInit),
    params(kind),
  );
}

/** A body that records how much of it was read (pulled only when read) and never ends on its own. */
function endlessBody(chunk = new Uint8Array(256 * 1024)) {
  const stats = { read: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        stats.read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, stats };
}

beforeEach(() => {
  session.user = null;
});

describe("picture uploads (/api/admin/pictures/[kind])", () => {
  it("refuse signed-out visitors and shoppers without reading the picture", async () => {
    for (const user of [null, await createUserWithRole("customer")]) {
      session.user = user;
      const { stream, stats } = endlessBody();
      const res = await upload("product", stream);
      expect(res.status).toBe(403);
      expect(stats.read).toBe(0);
    }
  });

  it("refuse a body declared over 5 MB with 413 before reading it", async () => {
    session.user = await createUserWithRole("staff");
    const { stream, stats } = endlessBody();
    const res = await upload("product", stream, { "content-type": "image/png", "content-length": String(6 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe("mug.png is larger than 5 MB: choose a smaller picture.");
    expect(stats.read).toBe(0);
  });

  it("stop reading an undeclared body at the limit with 413", async () => {
    session.user = await createUserWithRole("staff");
    const { stream, stats } = endlessBody();
    const res = await upload("banner", stream);
    expect(res.status).toBe(413);
    expect(stats.read).toBeLessThanOrEqual(5 * 1024 * 1024 + 2 * 256 * 1024);
  });

  it("store a product picture as WebP that the product save then adds, its size read from the stored file", async () => {
    session.user = await createUserWithRole("staff");
    const res = await upload("product", new Uint8Array(await png(2400, 1200)));
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    expect(url).toMatch(/^\/media\/products\/[0-9a-f-]{36}\.webp$/);

    const { categoryId } = await someCategoryAndBrand();
    const id = unique();
    const form = productForm({
      title: `Mug ${id}`,
      slug: `mug-${id}`,
      categoryId,
      status: "active",
      "variants.0.sku": `MUG-${id}`,
      "variants.0.price": "9.99",
      "variants.0.stock": "3",
    });
    form.append("uploads", url);
    await saveProductAction({}, form).catch((e: { url?: string }) => e);
    const [product] = await db
      .select({ id: products.id })
      .from(products)
      .where(eq(products.slug, `mug-${id}`));
    expect(
      await db
        .select({ url: productImages.url, width: productImages.width, height: productImages.height })
        .from(productImages)
        .where(eq(productImages.productId, product!.id)),
    ).toEqual([{ url, width: 1600, height: 800 }]);
  });

  it("refuse a file that is not a picture, and an unknown kind", async () => {
    session.user = await createUserWithRole("staff");
    const res = await upload("product", "<svg onload=alert(1)>");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain("mug.png could not be read as a picture");
    expect((await upload("banner", "not a picture")).status).toBe(400);
    expect((await upload("__proto__", "x")).status).toBe(404);
  });
});

describe("the product save", () => {
  async function form(extra: (f: FormData) => void) {
    const { categoryId } = await someCategoryAndBrand();
    const id = unique();
    const f = productForm({
      title: `Mug ${id}`,
      slug: `mug-${id}`,
      categoryId,
      status: "active",
      "variants.0.sku": `MUG-${id}`,
      "variants.0.price": "9.99",
      "variants.0.stock": "3",
    });
    extra(f);
    return f;
  }

  it("adds only pictures the upload route stored, never an address made up in the form", async () => {
    session.user = await createUserWithRole("admin");
    for (const forged of [
      "https://evil.example/x.webp",
      "/media/products/../../etc/passwd",
      "/media/banners/00000000-0000-0000-0000-000000000000.webp",
      "/media/products/00000000-0000-0000-0000-000000000000.webp",
    ]) {
      const state = await saveProductAction({}, await form((f) => f.append("uploads", forged)));
      expect(state.fieldErrors?.images).toBe("A picture was not uploaded completely: choose the pictures again.");
    }
  });

  it("takes no files itself (a page without JavaScript is told why)", async () => {
    session.user = await createUserWithRole("admin");
    const picture = new File([new Uint8Array(await png(10, 10))], "a.png", { type: "image/png" });
    const state = await saveProductAction({}, await form((f) => f.append("images", picture)));
    expect(state.fieldErrors?.images).toContain("turn JavaScript on");
  });
});

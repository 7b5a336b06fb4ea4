import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { createUserWithRole, productForm, someCategoryAndBrand, unique } from "./testing";

// The action as Next calls it, with the session and Next's request-bound helpers stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
const revalidated = vi.hoisted(() => ({ tags: [] as string[], paths: [] as string[] }));
vi.mock("next/cache", async (original) => ({
  ...(await original<object>()),
  revalidateTag: (tag: string) => revalidated.tags.push(tag),
  revalidatePath: (path: string) => revalidated.paths.push(path),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { saveProductAction } = await import("./actions");

async function fields() {
  const { categoryId } = await someCategoryAndBrand();
  const id = unique();
  return {
    title: `Mug ${id}`,
    slug: `mug-${id}`,
    categoryId,
    status: "active",
    "variants.0.sku": `MUG-${id}`,
    "variants.0.price": "9.99",
    "variants.0.stock": "3",
  };
}

beforeEach(() => {
  revalidated.tags.length = 0;
  revalidated.paths.length = 0;
});

describe("saveProductAction", () => {
  it("refuses signed-out visitors and shoppers before reading the form, and writes nothing", async () => {
    const f = await fields();
    session.user = null;
    expect(await saveProductAction({}, productForm(f))).toMatchObject({ error: expect.stringContaining("sign in") });
    session.user = await createUserWithRole("customer");
    expect(await saveProductAction({}, productForm(f))).toEqual({ error: "You do not have access to the back office." });
    expect(await db.select().from(products).where(eq(products.slug, f.slug))).toEqual([]);
    expect(revalidated.tags).toEqual([]);
  });

  it("for staff, saves, drops the shop's cached copies and goes to the product's page", async () => {
    const f = await fields();
    session.user = await createUserWithRole("staff");
    const thrown = await saveProductAction({}, productForm(f)).catch((e: { url?: string }) => e);
    const [row] = await db.select({ id: products.id }).from(products).where(eq(products.slug, f.slug));
    expect(thrown).toMatchObject({ url: `/admin/products/${row!.id}?saved=1` });
    expect(revalidated.tags).toEqual([`product:${f.slug}`, "catalog"]);
    // The page in each language (app/[locale]/…/p/[slug]).
    expect(revalidated.paths).toEqual([`/en/p/${f.slug}`, `/zh-CN/p/${f.slug}`]);
  });

  it("sends typed values back with per-field errors", async () => {
    session.user = await createUserWithRole("admin");
    const f = { ...(await fields()), "variants.0.price": "abc" };
    const state = await saveProductAction({}, productForm(f));
    expect(state.fieldErrors).toHaveProperty(["variants.0.price"]);
    expect(state.values).toMatchObject({ title: f.title, "variants.0.price": "abc" });
  });
});

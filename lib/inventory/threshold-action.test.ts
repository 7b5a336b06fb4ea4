import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products, variants } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { initialActionState } from "@/lib/forms/action-state";
import { createTestVariant } from "@/lib/orders/testing";
import { createUserWithRole } from "@/lib/products/testing";

// The action as Next calls it, with the session and Next's request-bound helpers stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
const revalidated = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", async (original) => ({
  ...(await original<object>()),
  revalidatePath: () => {},
  revalidateTag: (tag: string) => revalidated.tags.push(tag),
}));

const { setThresholdAction } = await import("./actions");

describe("setThresholdAction", () => {
  it("sets a variant's low-stock threshold and drops its product's cached page, which says Only N left by it", async () => {
    const { variantId, productId } = await createTestVariant({ price: 500, stock: 4 });
    const [product] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, productId));
    session.user = await createUserWithRole("staff");
    const form = new FormData();
    form.set("variantId", String(variantId));
    form.set("threshold", "5");
    expect(await setThresholdAction(initialActionState, form)).toEqual({ ok: true, message: "Low-stock threshold set to 5." });
    const [row] = await db.select({ threshold: variants.lowStockThreshold }).from(variants).where(eq(variants.id, variantId));
    expect(row!.threshold).toBe(5);
    expect(revalidated.tags).toEqual([`product:${product!.slug}`]);
  });
});

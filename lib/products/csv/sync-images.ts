import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { productImages } from "@/db/schema";

// Imported pictures have no measured size; the gallery scales them to its frame.
const DEFAULT_SIZE = 800;

/**
 * Makes the product's images exactly `urls`, in that order: rows whose URL is
 * listed stay (with their alt text and variant), others are removed, new ones added.
 */
export async function syncProductImages(tx: Tx, productId: number, urls: string[], title: string): Promise<void> {
  const current = await tx.select().from(productImages).where(eq(productImages.productId, productId));
  const wanted = [...new Set(urls)];
  const stale = current.filter((img) => !wanted.includes(img.url)).map((img) => img.id);
  if (stale.length) await tx.delete(productImages).where(and(eq(productImages.productId, productId), inArray(productImages.id, stale)));
  for (const [position, url] of wanted.entries()) {
    const existing = current.find((img) => img.url === url);
    if (!existing) {
      await tx
        .insert(productImages)
        .values({ productId, url, alt: `${title}, picture ${position + 1}`, width: DEFAULT_SIZE, height: DEFAULT_SIZE, position });
    } else if (existing.position !== position) {
      await tx.update(productImages).set({ position }).where(eq(productImages.id, existing.id));
    }
  }
}

import "server-only";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { orders, returnPhotos, returnRequests } from "@/db/schema";
import { requireStaffAction } from "@/lib/auth/staff";
import { canView } from "@/lib/orders/queries";
import { currentViewer } from "@/lib/orders/queries/viewer";
import { toWebp, type WebpPicture } from "@/lib/media/pictures";
import { mediaStorage } from "@/lib/media/storage";

/** At most this many photos per return, each re-encoded to fit this box. */
export const MAX_RETURN_PHOTOS = 3;
/** Server actions read at most 1 MB (Next's default body limit): the photos together must fit in it. */
export const MAX_RETURN_PHOTO_BYTES = 900 * 1024;
const BOX = { width: 1600, height: 1600 };

/** A photo that cannot be taken; the message says what to do. */
export class PhotoRefused extends Error {}

/** Checks and re-encodes the shopper's photos (WebP, metadata dropped) before the return's transaction. */
export async function preparePhotos(files: File[]): Promise<WebpPicture[]> {
  if (files.length > MAX_RETURN_PHOTOS) throw new PhotoRefused(`Add at most ${MAX_RETURN_PHOTOS} photos.`);
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > MAX_RETURN_PHOTO_BYTES) throw new PhotoRefused("The photos are too large together: keep them under 900 KB in all.");
  const out: WebpPicture[] = [];
  for (const file of files) {
    const picture = await toWebp(Buffer.from(await file.arrayBuffer()), BOX);
    if (!picture) throw new PhotoRefused(`${file.name || "A photo"} is not a picture we can read: use JPEG, PNG or WebP.`);
    out.push(picture);
  }
  return out;
}

/** Where a return's photos are kept in the media store: returns/<return id>/<random>.webp. */
export const RETURN_PHOTOS_PREFIX = "returns/";

/**
 * Whether the caller may see the return photo at `key` (under RETURN_PHOTOS_PREFIX): whoever may see its order
 * (the account, or a guest holding it) or staff. The shopper's pictures are not catalogue pictures: not public.
 */
export async function mayViewReturnPhoto(key: string): Promise<boolean> {
  const returnId = key.slice(RETURN_PHOTOS_PREFIX.length).split("/")[0] ?? "";
  if (!/^[0-9a-f-]{36}$/.test(returnId)) return false;
  const [order] = await db
    .select({ id: orders.id, userId: orders.userId })
    .from(returnRequests)
    .innerJoin(orders, eq(orders.id, returnRequests.orderId))
    .where(eq(returnRequests.id, returnId));
  if (!order) return false;
  if (canView(order, await currentViewer())) return true;
  return (await requireStaffAction()).ok;
}

/** Stores the prepared photos (like product pictures, under media/returns/) and records them with the return. */
export async function attachReturnPhotos(tx: Tx, returnId: string, pictures: WebpPicture[]): Promise<void> {
  if (pictures.length === 0) return;
  const storage = mediaStorage();
  const rows = [];
  for (const [position, p] of pictures.entries()) {
    const url = await storage.put(`${RETURN_PHOTOS_PREFIX}${returnId}/${randomUUID()}.webp`, p.body);
    rows.push({ returnId, url, width: p.width, height: p.height, position });
  }
  await tx.insert(returnPhotos).values(rows);
}

import { requireStaffAction } from "@/lib/auth/staff";
import { BANNER_IMAGE_MAX_BYTES } from "@/lib/content/rules";
import { storeBannerImage } from "@/lib/content/image";
import { readBodyWithin } from "@/lib/media/uploads";
import { MAX_IMAGE_BYTES } from "@/lib/products/image-rules";
import { ImageRejected, storeProductImages } from "@/lib/products/images";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** What each form uploads here, its limit and how it is stored (re-encoded as WebP under /media). */
const KINDS = {
  product: {
    maxBytes: MAX_IMAGE_BYTES,
    async store(file: File) {
      try {
        const [stored] = await storeProductImages([file]);
        return { ok: true as const, url: stored!.url };
      } catch (e) {
        if (e instanceof ImageRejected) return { ok: false as const, error: e.message };
        throw e;
      }
    },
  },
  banner: { maxBytes: BANNER_IMAGE_MAX_BYTES, store: storeBannerImage },
};

/**
 * One picture for the product form or the banner form, sent as the raw file
 * (`Content-Type` its type, `?name=` its file name), staff only. The forms then
 * save with the returned address; server actions keep Next's 1 MB body limit.
 * Over the limit: 413, refused on the declared length before the body is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const { kind: name } = await params;
  const kind = KINDS[name as keyof typeof KINDS];
  if (!kind || !Object.hasOwn(KINDS, name)) return json({ error: "Not found" }, 404);
  const staff = await requireStaffAction();
  if (!staff.ok) return json({ error: staff.state.error }, 403);
  const fileName = (new URL(request.url).searchParams.get("name") ?? "").slice(0, 200) || "The picture";
  const body = await readBodyWithin(request, kind.maxBytes);
  if (!body.ok) return json({ error: `${fileName} is larger than ${kind.maxBytes / 2 ** 20} MB: choose a smaller picture.` }, 413);
  if (body.bytes.length === 0) return json({ error: "Choose a picture to upload." }, 400);
  const type = request.headers.get("content-type") ?? "";
  const stored = await kind.store(new File([new Uint8Array(body.bytes)], fileName, { type }));
  if (!stored.ok) return json({ error: stored.error }, 400);
  return json({ url: stored.url }, 201);
}

import { MEDIA_CSP } from "@/lib/security/headers";
import { isValidMediaKey, mediaStorage } from "@/lib/media/storage";
import { mayViewReturnPhoto, RETURN_PHOTOS_PREFIX } from "@/lib/returns/photos";

const TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  avif: "image/avif",
};

/**
 * A stored picture: catalogue pictures for everybody, cached for good (their keys never change); a shopper's return
 * photos only for who may see the return's order and staff, kept by nobody (404 for anyone else, as for no file).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const type = TYPES[key.split(".").pop()?.toLowerCase() ?? ""];
  if (!type || !isValidMediaKey(key)) return new Response("Not found", { status: 404 });
  const personal = key.startsWith(RETURN_PHOTOS_PREFIX);
  if (personal && !(await mayViewReturnPhoto(key))) return new Response("Not found", { status: 404 });
  const body = await mediaStorage().get(key);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Cache-Control": personal ? "private, no-store" : "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // Also set for /media by next.config.ts; here too for a server that skips Next's header rules.
      "Content-Security-Policy": MEDIA_CSP,
    },
  });
}

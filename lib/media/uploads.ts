import "server-only";
import sharp from "sharp";
import { type MediaStorage, mediaStorage } from "./storage";

export type StoredPicture = { url: string; width: number; height: number };

const UPLOADED = /^\/media\/([a-z]+)\/([0-9a-f-]{36}\.webp)$/;

/**
 * A picture an upload route stored under `folder` (`/media/<folder>/<uuid>.webp`),
 * with its size read from the stored file; null for any other address or a file
 * storage does not hold. A form names its uploads by address: this is the check
 * that the address is one of ours.
 */
export async function storedPicture(url: string, folder: string, storage: MediaStorage = mediaStorage()): Promise<StoredPicture | null> {
  const m = UPLOADED.exec(url);
  if (!m || m[1] !== folder) return null;
  const body = await storage.get(`${folder}/${m[2]}`);
  if (!body) return null;
  const meta = await sharp(body)
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height) return null;
  return { url, width: meta.width, height: meta.height };
}

export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; tooLarge: true };

/**
 * The request body if it is at most `maxBytes`: refused on its declared length
 * before anything is read, and otherwise read only up to the limit (a sender may
 * leave out or understate the length).
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) return { ok: false, tooLarge: true };
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

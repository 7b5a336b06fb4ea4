import "server-only";
import sharp from "sharp";

export type WebpPicture = { body: Buffer; width: number; height: number };

/**
 * Re-encodes an uploaded picture as upright WebP no larger than `box` (which
 * also drops metadata and anything hidden in the file); null when it is not a
 * picture sharp can read. Callers say why in their own words.
 */
export async function toWebp(bytes: Buffer, box: { width: number; height?: number }): Promise<WebpPicture | null> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 60_000_000 })
      .rotate()
      .resize({ ...box, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { body: data, width: info.width, height: info.height };
  } catch {
    return null;
  }
}

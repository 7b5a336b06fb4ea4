import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { MediaStorage } from "@/lib/media/storage";
import { checkImageFiles, MAX_IMAGE_BYTES } from "./image-rules";
import { storeProductImages } from "./images";

class MemoryStorage implements MediaStorage {
  files = new Map<string, Buffer>();
  async put(key: string, body: Buffer | string) {
    this.files.set(key, Buffer.from(body));
    return `/media/${key}`;
  }
  async get(key: string) {
    return this.files.get(key) ?? null;
  }
}

describe("product pictures", () => {
  it("are shrunk to at most 1600 px, stored as WebP, with their size recorded", async () => {
    const png = await sharp({ create: { width: 3200, height: 1600, channels: 3, background: "#c33" } })
      .png()
      .toBuffer();
    const storage = new MemoryStorage();
    const [stored] = await storeProductImages([new File([new Uint8Array(png)], "big.png", { type: "image/png" })], storage);
    expect(stored).toMatchObject({ width: 1600, height: 800, url: expect.stringMatching(/^\/media\/products\/[0-9a-f-]+\.webp$/) });
    const body = [...storage.files.values()][0]!;
    expect(await sharp(body).metadata()).toMatchObject({ format: "webp", width: 1600, height: 800 });
  });

  it("too large or not pictures are refused with the file's name", () => {
    const big = new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], "huge.jpg", { type: "image/jpeg" });
    expect(checkImageFiles([big])).toEqual({ key: "tooLarge", values: { name: "huge.jpg", mb: 5 } });
    expect(checkImageFiles([new File(["x"], "a.pdf", { type: "application/pdf" })])).toEqual({
      key: "notPicture",
      values: { name: "a.pdf" },
    });
  });
});

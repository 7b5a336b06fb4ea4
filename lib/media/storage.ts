import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/lib/env";

/** Where uploaded and generated media live; an S3-compatible store can implement the same. */
export interface MediaStorage {
  put(key: string, body: Buffer | string): Promise<string>;
  get(key: string): Promise<Buffer | null>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** True for keys made only of safe path segments (no "..", no absolute paths). */
export function isValidMediaKey(key: string): boolean {
  return key.length <= 200 && KEY.test(key) && !key.split("/").some((s) => s.startsWith(".."));
}

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  async put(key: string, body: Buffer | string): Promise<string> {
    if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    const file = path.join(this.root, key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
    return mediaUrl(key);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isValidMediaKey(key)) return null;
    try {
      return await readFile(path.join(this.root, key));
    } catch {
      return null;
    }
  }
}

export function mediaStorage(): MediaStorage {
  return new LocalDiskStorage(path.resolve(mediaDir()));
}

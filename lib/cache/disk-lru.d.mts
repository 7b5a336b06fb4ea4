/** Types of ./disk-lru.mjs (plain JavaScript, loaded by Node outside Next's bundle). */
export declare class DiskLru {
  constructor(options: { maxBytes: number; evict: (key: string, files: string[]) => void });
  readonly maxBytes: number;
  readonly totalBytes: number;
  readonly size: number;
  add(key: string, bytes: number, files: string[]): void;
  touch(key: string): void;
}
export declare function maxDiskBytes(value: string | undefined): number;

/** Types of ./redis-store.mjs (plain JavaScript, loaded by Node outside Next's bundle). */
export declare function serialize(entry: unknown): string;
export declare function deserialize(text: string): unknown;
export declare function entryTtl(cacheControl: { revalidate?: number | false; expire?: number } | undefined, maxTtlSeconds: number): number;
export declare class RedisCacheStore {
  constructor(options: { url: string; prefix: string; maxTtlSeconds: number; log?: (message: string, error?: unknown) => void });
  readonly prefix: string;
  readonly maxTtlSeconds: number;
  get(buildId: string, key: string, readerTags?: readonly string[]): Promise<{ entry: unknown; revalidatedAt: number } | undefined>;
  set(buildId: string, key: string, entry: unknown, ttlSeconds: number, tags?: readonly string[]): Promise<void>;
  revalidatedSince(tags: readonly string[], time: number): Promise<boolean>;
  record(tags: string[], at?: number): Promise<void>;
  prune(now?: number): Promise<void>;
  stop(): Promise<void>;
}
export declare function redisCacheStore(): RedisCacheStore | null;

// @ts-check
/**
 * The size bound of the cache on disk: entries in least-recently-used order
 * with their (approximate) size in bytes; adding one past `maxBytes` evicts the
 * oldest until the total fits again. Plain JavaScript: the cache handler that
 * uses it is loaded by Node outside the bundle.
 */
export class DiskLru {
  /** @type {Map<string, { bytes: number, files: string[] }>} */
  #entries = new Map();
  #total = 0;

  /**
   * @param {{ maxBytes: number, evict: (key: string, files: string[]) => void }} options
   *   `evict` deletes an entry's files (it must not throw).
   */
  constructor(options) {
    this.maxBytes = options.maxBytes;
    this.evict = options.evict;
  }

  get totalBytes() {
    return this.#total;
  }

  get size() {
    return this.#entries.size;
  }

  /**
   * Records an entry just written (replacing an earlier write of the same key) as the most recent, then evicts the oldest past the bound.
   * @param {string} key @param {number} bytes @param {string[]} files
   */
  add(key, bytes, files) {
    this.#drop(key);
    this.#entries.set(key, { bytes, files });
    this.#total += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#total <= this.maxBytes || oldest === key) break;
      this.#drop(oldest);
      this.evict(oldest, entry.files);
    }
  }

  /** Marks an entry as just used. @param {string} key */
  touch(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
  }

  /** @param {string} key */
  #drop(key) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#total -= entry.bytes;
  }
}

const DEFAULT_MB = 1024;

/**
 * CACHE_MAX_DISK_MB (validated in lib/env.ts) in bytes; 1 GB when unset. A cached product page
 * (HTML, RSC payload, segments) takes about 180 KB, so 1 GB holds some 5,500 of them: a bound
 * below a shop's busy pages makes the cache evict what it is about to serve (a visit in turn to
 * 2,000 product pages found every one evicted at 256 MB). @param {string | undefined} value
 */
export function maxDiskBytes(value) {
  const mb = Number(value ?? DEFAULT_MB);
  return (Number.isFinite(mb) && mb >= 1 ? mb : DEFAULT_MB) * 1024 * 1024;
}

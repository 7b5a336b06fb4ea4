// @ts-check
/**
 * Next's memory copy of cached pages and data, in bytes: CACHE_MAX_MEMORY_MB when the running
 * process has it (0 turns the copy off), else the build's `cacheMaxMemorySize`. The cache handler
 * (./cache-handler.mjs) applies it at start, so the standalone server, whose configuration the
 * build fixed, takes the variable at start as `next start` does.
 * @param {string | undefined} value @param {number | undefined} built
 * @returns {number | undefined}
 */
export function maxMemoryBytes(value, built) {
  const mb = value === undefined || value.trim() === "" ? NaN : Number(value);
  return Number.isInteger(mb) && mb >= 0 ? mb * 1024 * 1024 : built;
}

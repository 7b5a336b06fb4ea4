import "server-only";

/**
 * Reads through Next's data cache when there is one, else directly. The cache
 * exists only while Next renders or handles a request: outside a Next server
 * (Vitest, scripts) and in code a Next server runs outside any request (the
 * periodic jobs started by instrumentation) `unstable_cache` throws
 * "incrementalCache missing", so those callers get the direct read.
 */
export async function cachedOrDirect<T>(cached: () => Promise<T>, direct: () => Promise<T>): Promise<T> {
  if (!process.env.NEXT_RUNTIME) return direct();
  try {
    return await cached();
  } catch (e) {
    if (e instanceof Error && e.message.includes("incrementalCache missing")) return direct();
    throw e;
  }
}

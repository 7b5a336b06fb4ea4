/**
 * Wraps an async function so concurrent calls with the same arguments share
 * one run: a burst of requests for a cold cache entry makes one database
 * query, not one per request.
 */
export function singleFlight<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const inFlight = new Map<string, Promise<R>>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let promise = inFlight.get(key);
    if (!promise) {
      promise = fn(...args).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
    }
    return promise;
  };
}

/** What search engines are asked to leave alone: personal pages, the back office, search results and the API. */
export const DISALLOWED_PATHS = [
  "/account",
  "/cart",
  "/checkout",
  "/admin",
  "/orders",
  "/track",
  "/search",
  "/api",
  "/pay",
  "/perf-floor",
] as const;

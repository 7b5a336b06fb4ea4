/** The route groups request metrics are labelled with: a small fixed set, never raw paths. */
export const ROUTE_GROUPS = [
  "home",
  "category",
  "product",
  "search",
  "cart",
  "checkout",
  "account",
  "admin",
  "api",
  "static",
  "other",
] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

const FIRST_SEGMENT: Record<string, RouteGroup> = {
  c: "category",
  p: "product",
  search: "search",
  cart: "cart",
  checkout: "checkout",
  pay: "checkout",
  account: "account",
  orders: "account",
  track: "account",
  "sign-in": "account",
  "sign-up": "account",
  "two-factor": "account",
  admin: "admin",
  api: "api",
  metrics: "api",
  _next: "static",
  media: "static",
};

const STATIC_FILE = /\.(?:js|css|map|ico|svg|png|jpe?g|webp|avif|gif|woff2?|txt|xml)$/;

/** The group of a request path (query string allowed): what the request duration histogram is labelled with. */
export function routeGroup(url: string): RouteGroup {
  const path = url.split("?", 1)[0] ?? "/";
  if (path === "/" || path === "/home/current") return "home";
  const first = path.split("/", 2)[1] ?? "";
  const group = FIRST_SEGMENT[first];
  if (group) return group;
  if (STATIC_FILE.test(path)) return "static";
  return "other";
}

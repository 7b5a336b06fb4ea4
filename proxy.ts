import { type NextRequest, NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { listingViewKey } from "@/lib/catalog/listing-view-key";
import { hasKnownResults } from "@/lib/catalog/searches-with-results";
import { normaliseQuery } from "@/lib/catalog/search-text";
import { rankingsViewKey } from "@/lib/rankings/lists";
import { consume, type LimitName, tooManyRequestsPage } from "@/lib/rate-limit";

/**
 * Listings with a view key (a category with sort/page and its usual filters, a
 * short search with only sort/page; lib/catalog/listing-view-key.ts) are served
 * from incrementally regenerated twin routes, /c/[slug]/v/[key] and
 * /search/v/[key], so they come from cached HTML; the address in the browser
 * does not change. Everything else (search filters, odd values that need a
 * notice, many filter values) renders per request on the usual route, and so does a search until this
 * instance has seen it find products (lib/catalog/searches-with-results.ts): a
 * query with no results is never written to the cache. The home page likewise
 * comes from /home/current, and /rankings from /rankings/v/[key].
 *
 * Searches that render per request and the test gateway's payment page are
 * rate limited per client here (429 past the limit); cached pages are not
 * counted, so they stay cached and cheap.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return withRequestPath(request);
  if (pathname.startsWith("/pay/")) return (await limited(request, "payment")) ?? NextResponse.next();
  if (pathname === "/") {
    if (searchParams.size > 0) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = "/home/current";
    return NextResponse.rewrite(url);
  }
  if (pathname === "/rankings") return rankings(request);
  const category = /^\/c\/([^/]+)$/.exec(pathname);
  const kind = category ? "category" : pathname === "/search" ? "search" : null;
  if (!kind) return NextResponse.next();
  const key = listingViewKey(searchParams, kind);
  const cached = key !== null && (kind === "category" || hasKnownResults(normaliseQuery(searchParams.get("q"))));
  if (!cached) return (kind === "search" && (await limited(request, "search"))) || NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = category ? `/c/${category[1]}/v/${key}` : `/search/v/${key}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

/** /rankings and /rankings?category=<slug> come from the cached twin route /rankings/v/[key]; other queries render per request. */
function rankings(request: NextRequest) {
  const { searchParams } = request.nextUrl;
  const onlyCategory = [...searchParams.keys()].every((k) => k === "category") && searchParams.getAll("category").length <= 1;
  const key = onlyCategory ? rankingsViewKey(searchParams.get("category")) : null;
  if (key === null) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/rankings/v/${key}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

/** The 429 answer when the client has spent the limit `name`, else null. */
async function limited(request: NextRequest, name: LimitName): Promise<Response | null> {
  const verdict = await consume(name, clientIp(request.headers));
  return verdict.ok ? null : tooManyRequestsPage(verdict.retryAfterSeconds);
}

/**
 * Back-office requests carry their own path to the server components, so the
 * admin layout can send a signed-out visitor to sign in and back to the page
 * they asked for (a layout is not told the path otherwise).
 */
function withRequestPath(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/", "/c/:slug", "/rankings", "/search", "/admin", "/admin/:path*", "/pay/:path*"] };

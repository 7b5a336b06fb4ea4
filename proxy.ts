import { type NextRequest, NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { listingViewKey } from "@/lib/catalog/listing-view-key";
import { hasKnownResults } from "@/lib/catalog/searches-with-results";
import { normaliseQuery } from "@/lib/catalog/search-text";
import { DEFAULT_LOCALE, type Locale, LOCALE_COOKIE, requestedLocale, splitLocalePath } from "@/lib/i18n/locales";
import { rankingsViewKey } from "@/lib/rankings/lists";
import { consume, type LimitName, tooManyRequestsPage } from "@/lib/rate-limit";
import { storeDefaultLocale } from "@/lib/settings/default-locale";

/** The request header that tells next-intl the language of a server action or of a page rendered per request. */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/**
 * Every page lives under app/[locale]: an English address (/c/tea) is served by /en/c/tea and a
 * Chinese one (/zh-CN/c/tea) by /zh-CN/c/tea, so each language's pages are cached on their own
 * and each page has one address per language. /en/… is sent to its unprefixed address. Only `/`
 * follows the shopper's language: the Language control's cookie, else Accept-Language on a first visit,
 * else the store's default language (a setting, held in memory for 30 s: lib/settings/default-locale.ts).
 *
 * Within a language, listings with a view key (a category with sort/page and its usual filters, a
 * short search with only sort/page; lib/catalog/listing-view-key.ts) are served from incrementally
 * regenerated twin routes, /c/[slug]/v/[key] and /search/v/[key], so they come from cached HTML;
 * the address in the browser does not change. Everything else (search filters, odd values that
 * need a notice, many filter values) renders per request on the usual route, and so does a search until
 * this instance has seen it find products (lib/catalog/searches-with-results.ts): a query with no
 * results is never written to the cache. The home page likewise comes from /home/current, and
 * /rankings from /rankings/v/[key].
 *
 * Searches that render per request and the test gateway's payment page are rate limited per
 * client here (429 past the limit); cached pages are not counted, so they stay cached and cheap.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === `/${DEFAULT_LOCALE}` || pathname.startsWith(`/${DEFAULT_LOCALE}/`)) {
    return NextResponse.redirect(new URL(`${pathname.slice(DEFAULT_LOCALE.length + 1) || "/"}${search}`, request.url), 308);
  }
  const { locale, path, prefixed } = splitLocalePath(pathname);
  if (path === "/" && !prefixed && request.method === "GET") {
    const preferred = await preferredLocale(request);
    if (preferred !== DEFAULT_LOCALE) {
      return NextResponse.redirect(new URL(`/${preferred}${search}`, request.url), 307);
    }
  }
  const routed = await route(request, path);
  if (routed instanceof Response) return routed;
  // From request.url, not nextUrl (which renames 127.0.0.1 to localhost): the router serves a
  // rewrite to its own origin internally (see skipProxyUrlNormalize in next.config.ts).
  const url = new URL(`/${locale}${routed.path === "/" ? "" : routed.path}${routed.keepQuery ? search : ""}`, request.url);
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, locale);
  // Back-office pages are told their own address, so the admin layout can send a signed-out
  // visitor to sign in and back to the page they asked for (a layout is not told the path otherwise).
  if (path === "/admin" || path.startsWith("/admin/")) headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return NextResponse.rewrite(url, { request: { headers } });
}

/** The language `/` should show: the one the request asks for, else the store's default (read only then, from memory mostly). */
async function preferredLocale(request: NextRequest): Promise<Locale> {
  const asked = requestedLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  return asked ?? (await storeDefaultLocale());
}

type Route = { path: string; keepQuery: boolean };

/** Where `path` (without its language) is served from: a cached twin route, itself, or a 429. */
async function route(request: NextRequest, path: string): Promise<Route | Response> {
  const { searchParams } = request.nextUrl;
  const itself = { path, keepQuery: true };
  if (path.startsWith("/pay/")) return (await limited(request, "payment")) ?? itself;
  if (path === "/") return searchParams.size > 0 ? itself : { path: "/home/current", keepQuery: false };
  if (path === "/rankings") {
    const onlyCategory = [...searchParams.keys()].every((k) => k === "category") && searchParams.getAll("category").length <= 1;
    const key = onlyCategory ? rankingsViewKey(searchParams.get("category")) : null;
    return key === null ? itself : { path: `/rankings/v/${key}`, keepQuery: false };
  }
  const category = /^\/c\/([^/]+)$/.exec(path);
  const kind = category ? "category" : path === "/search" ? "search" : null;
  if (!kind) return itself;
  const key = listingViewKey(searchParams, kind);
  const cached = key !== null && (kind === "category" || hasKnownResults(normaliseQuery(searchParams.get("q"))));
  if (!cached) return (kind === "search" && (await limited(request, "search"))) || itself;
  return { path: category ? `/c/${category[1]}/v/${key}` : `/search/v/${key}`, keepQuery: false };
}

/** The 429 answer when the client has spent the limit `name`, else null. */
async function limited(request: NextRequest, name: LimitName): Promise<Response | null> {
  const verdict = await consume(name, clientIp(request.headers));
  return verdict.ok ? null : tooManyRequestsPage(verdict.retryAfterSeconds);
}

// Every page (not route handlers, media, Next's own files, the sitemaps, robots.txt or the icon).
export const config = {
  matcher: ["/((?!api/|_next/|media/|metrics$|sitemap\\.xml$|sitemaps/|robots\\.txt$|icon\\.svg$|favicon\\.ico$).*)"],
};

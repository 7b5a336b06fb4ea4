import { z } from "zod";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { clientIp } from "@/lib/auth/client-ip";
import { getSessionUser } from "@/lib/auth/session";
import { getCachedListing } from "@/lib/catalog/cached";
import { parseListingParams } from "@/lib/catalog/listing-params";
import { consume, tooManyRequests } from "@/lib/rate-limit";
import { countSearch, recordHistory } from "@/lib/search-history/mutations";
import { historyKey } from "@/lib/search-history/rules";
import { storeCurrency } from "@/lib/settings/store";

const body = z.object({ q: z.string().max(400) });

/**
 * POST { q } from the search results page once it is shown. Plain searches are
 * cached HTML (proxy.ts), so this beacon is where a search is still seen per
 * request: it goes into the signed-in shopper's history, and counts toward the
 * week's popular searches only when it finds products (checked here against the
 * same cached listing the page showed, not trusted from the client).
 */
export async function POST(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return new Response(null, { status: 403 });
  const limit = await consume("suggest", clientIp(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success || !historyKey(parsed.data.q)) return Response.json({ error: "Expected { q }" }, { status: 400 });
  const { params } = parseListingParams({ q: parsed.data.q }, { currency: await storeCurrency(), defaultSort: "relevance" });
  const [user, listing] = await Promise.all([getSessionUser(), getCachedListing({ q: params.q }, params, DEFAULT_LOCALE)]);
  await Promise.all([user ? recordHistory(user.id, params.q) : null, listing.total > 0 ? countSearch(params.q) : null]);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
}

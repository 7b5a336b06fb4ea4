import { clientIp } from "@/lib/auth/client-ip";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getCachedSuggestions } from "@/lib/catalog/cached";
import { isSuggestible, normaliseQuery } from "@/lib/catalog/search-text";
import { consume, tooManyRequests } from "@/lib/rate-limit";

/** GET ?q=&locale= → { suggestions } (titles in that language, English by default): categories and products for the header's search box; 429 past the per-client limit. */
export async function GET(request: Request) {
  const limit = await consume("suggest", clientIp(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const url = new URL(request.url);
  const q = normaliseQuery(url.searchParams.get("q"));
  const asked = url.searchParams.get("locale");
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const suggestions = isSuggestible(q) ? await getCachedSuggestions(q, locale) : [];
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } });
}

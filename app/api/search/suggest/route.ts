import { clientIp } from "@/lib/auth/client-ip";
import { getCachedSuggestions } from "@/lib/catalog/cached";
import { isSuggestible, normaliseQuery } from "@/lib/catalog/search-text";
import { consume, tooManyRequests } from "@/lib/rate-limit";

/** GET ?q= → { suggestions }: categories and products for the header's search box; 429 past the per-client limit. */
export async function GET(request: Request) {
  const limit = await consume("suggest", clientIp(request.headers));
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const q = normaliseQuery(new URL(request.url).searchParams.get("q"));
  const suggestions = isSuggestible(q) ? await getCachedSuggestions(q) : [];
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } });
}

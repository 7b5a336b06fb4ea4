import { getCachedSuggestions } from "@/lib/catalog/cached";
import { isSuggestible, normaliseQuery } from "@/lib/catalog/search-text";

/** GET ?q= → { suggestions }: categories and products for the header's search box. */
export async function GET(request: Request) {
  const q = normaliseQuery(new URL(request.url).searchParams.get("q"));
  const suggestions = isSuggestible(q) ? await getCachedSuggestions(q) : [];
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } });
}

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { MAX_QUERY_LENGTH } from "@/lib/catalog/search-text";
import { clearHistory, removeHistoryEntry } from "@/lib/search-history/mutations";
import { getCachedPopularSearches, listRecentSearches } from "@/lib/search-history/queries";
import { withoutRecent } from "@/lib/search-history/rules";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** ?q= names one search (as stored: at most MAX_QUERY_LENGTH characters once normalised); none clears the history. */
const removalSchema = z.object({
  q: z
    .string()
    .max(MAX_QUERY_LENGTH * 4)
    .nullable(),
});

export type RecentSearchesResponse = { recent: string[]; popular: string[] };

/** GET → { recent, popular } for the empty search box: recent only for the signed-in shopper, popular for everybody. */
export async function GET() {
  const user = await getSessionUser();
  const [recent, popular] = await Promise.all([user ? listRecentSearches(user.id) : [], getCachedPopularSearches()]);
  const body: RecentSearchesResponse = { recent, popular: withoutRecent(popular, recent) };
  return Response.json(body, { headers: PRIVATE });
}

/** DELETE ?q= removes one search from the signed-in shopper's history; without q, clears it. 401 when signed out. */
export async function DELETE(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return new Response(null, { status: 403 });
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to change your search history." }, { status: 401, headers: PRIVATE });
  const parsed = removalSchema.safeParse({ q: new URL(request.url).searchParams.get("q") });
  if (!parsed.success) return Response.json({ error: "That search is too long to be in your history." }, { status: 400, headers: PRIVATE });
  const { q } = parsed.data;
  if (q === null) await clearHistory(user.id);
  else await removeHistoryEntry(user.id, q);
  return new Response(null, { status: 204, headers: PRIVATE });
}

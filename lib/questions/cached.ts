import "server-only";
import { unstable_cache } from "next/cache";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { listAnsweredQuestions, type AnsweredQuestion } from "./queries";

const revalidate = env().CATALOG_CACHE_SECONDS;
const database = databaseCacheKey();

/**
 * The answered questions the cached product page shows. Tagged with the product,
 * so publishing, editing or hiding an answer refreshes the page at once.
 */
export function getCachedAnsweredQuestions(productId: number, slug: string): Promise<AnsweredQuestion[]> {
  return unstable_cache(() => listAnsweredQuestions(productId), [database, "answered-questions", String(productId)], {
    revalidate,
    tags: [TAGS.catalog, TAGS.product(slug)],
  })();
}

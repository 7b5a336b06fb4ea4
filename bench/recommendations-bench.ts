/** Runs bench/recommendations.ts in a process of its own and words its results for the report. */
import type { RecommendationResults } from "./recommendations";
import { runScript } from "./shopper-bench";

export type { RecommendationResults };

export function runRecommendationsBench(opts: { databaseUrl: string; lines: number }): Promise<RecommendationResults> {
  return runScript<RecommendationResults>("bench/recommendations.ts", "recommendations", ["--lines", String(opts.lines)], {
    DATABASE_URL: opts.databaseUrl,
    DATABASE_POOL_MAX: "4",
  });
}

export function describeRecommendationResults(r: RecommendationResults): string[] {
  return [
    `Recommendations: ${r.orderLines.toLocaleString("en-US")} order lines in ${r.orders.toLocaleString("en-US")} paid orders (seeded set-based in ${r.seedSeconds} s), ${r.pairs.toLocaleString("en-US")} product pairs counted by count_product_pairs in ${r.pairsSeconds} s. Each query through lib/recommendations/queries, warm, one at a time; ratio = p95 ÷ the reference query (${r.referenceMs} ms on this machine: select sum(i) from generate_series(1, 300000)).`,
    "",
    "| recommender | p50 ms | p95 ms | p99 ms | p95 ÷ reference | target |",
    "|---|---:|---:|---:|---:|---|",
    ...r.queries.map((q) => `| ${q.name} | ${q.latency.p50} | ${q.latency.p95} | ${q.latency.p99} | ${q.ratio} | p95 ≤ 20 ms |`),
  ];
}

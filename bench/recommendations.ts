/**
 * The recommendations part of `npm run bench`, run by bench/run.ts in its own process
 * (tsx --conditions=react-server, for the app's server-only modules):
 *
 *   1. order history: --lines order lines (1,000,000 by default) in paid orders of 1–7 lines
 *      (4 on average), written set-based with generate_series; each order's products lie near
 *      an anchor drawn towards the popular end, so pairs repeat as in a real shop;
 *   2. product_pairs filled by the sweep's own function (count_product_pairs) in large batches,
 *      and the best-sellers rollup refreshed (the fill-up reads it);
 *   3. each recommender timed warm through the app's functions (lib/recommendations/queries),
 *      against a reference query timed before and after, so other machines compare by ratio.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, sqlClient } from "@/db";
import { alsoBought, forYou, similar } from "@/lib/recommendations/queries";
import type { ShopperSignals } from "@/lib/recommendations/rules";
import { type Latency, latency, round1 } from "./stats";

const { values: args } = parseArgs({
  options: { lines: { type: "string", default: "1000000" }, samples: { type: "string", default: "300" }, out: { type: "string" } },
});
const LINES = Number(args.lines);
const SAMPLES = Number(args.samples);
const LIMIT = 8;
const EMAIL = "bench-recs@example.com";

export type RecommendationResults = {
  orderLines: number;
  orders: number;
  pairs: number;
  seedSeconds: number;
  pairsSeconds: number;
  referenceMs: number;
  queries: { name: string; latency: Latency; ratio: number }[];
};

const sql = sqlClient();
const elapsed = (start: number) => round1((performance.now() - start) / 1000);

async function seedOrders(): Promise<{ orders: number; seconds: number }> {
  const start = performance.now();
  const [have] = await sql<{ n: number }[]>`
    select count(*)::int as n from order_lines l join orders o on o.id = l.order_id where o.email = ${EMAIL}`;
  const [orderCount] = await sql<{ n: number }[]>`select count(*)::int as n from orders where email = ${EMAIL}`;
  if (have!.n > 0) return { orders: orderCount!.n, seconds: 0 };
  // An earlier run stopped half-way: start again.
  await sql`delete from orders where email = ${EMAIL}`;
  const orders = Math.round(LINES / 4);
  await sql`
    insert into orders (number, email, status, currency, subtotal, shipping_total, total, shipping_method_code, shipping_method_name,
      ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider, payment_due_at, paid_at)
    select 'MC-BR-' || g, ${EMAIL}, 'delivered', 'USD', 1000 * (1 + g % 7), 0, 1000 * (1 + g % 7), 'standard', 'Standard',
      'Bench Shopper', '1 Main St', 'Springfield', '12345', 'US', 'bench-recs-' || g, 'test', now(),
      now() - make_interval(secs => (g % (90 * 86400))::float8)
    from generate_series(1, ${orders}::int) g`;
  await sql.begin(async (tx) => {
    await tx`create temp table bench_ids on commit drop as
      select (row_number() over (order by id) - 1)::int as i, id from products where status = 'active'`;
    await tx`alter table bench_ids add primary key (i)`;
    // The product's place is computed first (random() in a join condition would defeat the index).
    await tx`create temp table bench_lines on commit drop as
      with n as (select count(*)::int as n from bench_ids),
      o as (
        select o.id, 1 + (substr(o.number, 7)::int % 7) as k, floor(power(random(), 2) * n.n)::int as anchor, n.n
        from orders o, n where o.email = ${EMAIL}
      )
      select o.id as order_id, (o.anchor + case when line.j = 0 then 0 else floor(random() * 200)::int end) % o.n as i
      from o cross join lateral generate_series(0, o.k - 1) as line(j)`;
    await tx`analyze bench_ids`;
    await tx`analyze bench_lines`;
    await tx`
      insert into order_lines (order_id, product_id, product_title, product_slug, sku, unit_price, quantity, line_total)
      select l.order_id, p.id, p.title, p.slug, 'SKU', 1000, 1, 1000
      from bench_lines l join bench_ids b on b.i = l.i join products p on p.id = b.id`;
  });
  return { orders, seconds: elapsed(start) };
}

async function countPairs(): Promise<number> {
  const start = performance.now();
  for (;;) {
    const [row] = await sql<{ n: number }[]>`select count_product_pairs(20000, 20) as n`;
    if (row!.n === 0) break;
  }
  await sql`select refresh_product_sales()`;
  await sql`analyze product_pairs`;
  await sql`analyze orders`;
  return elapsed(start);
}

/** A fixed CPU-bound query: its median says how fast this machine is today. */
async function reference(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    await sql`select sum(i) from generate_series(1, 300000) i`;
    times.push(performance.now() - start);
  }
  return latency(times).p50;
}

async function time(samples: (() => Promise<unknown>)[]): Promise<Latency> {
  for (const run of samples) await run(); // warm: plans, pages, pool
  const times: number[] = [];
  for (const run of samples) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return latency(times);
}

try {
  const seeded = await seedOrders();
  const pairsSeconds = await countPairs();
  const [counts] = await sql<{ lines: number; pairs: number }[]>`
    select (select count(*)::int from order_lines) as lines, (select count(*)::int from product_pairs) as pairs`;
  // Products drawn like the orders: half from the popular end (with many pairs), half from anywhere.
  const ids = (
    await sql<{ id: number }[]>`
      (select id from products where status = 'active' order by sales_count desc, id limit ${SAMPLES * 5})
      union all (select id from products where status = 'active' order by random() limit ${SAMPLES * 10})`
  ).map((r) => r.id);
  const pick = (i: number) => ids[(i * 7919) % ids.length]!;
  const signals = (i: number): ShopperSignals => ({
    viewed: Array.from({ length: 10 }, (_, j) => pick(i * 31 + j)),
    favourites: Array.from({ length: 3 }, (_, j) => pick(i * 37 + j + 11)),
    cart: [pick(i * 41 + 17), pick(i * 43 + 19)],
    bought: Array.from({ length: 5 }, (_, j) => ({ productId: pick(i * 47 + j + 23), consumable: j === 0 })),
  });
  const n = Array.from({ length: SAMPLES }, (_, i) => i);
  const refBefore = await reference();
  const measured = [
    { name: "Customers also bought (product page)", latency: await time(n.map((i) => () => alsoBought([pick(i)], LIMIT))) },
    {
      name: "Customers also bought (cart of 3)",
      latency: await time(n.map((i) => () => alsoBought([pick(i), pick(i + 1), pick(i + 2)], 4))),
    },
    { name: "Similar products", latency: await time(n.map((i) => () => similar(pick(i), LIMIT))) },
    { name: "Recommended for you (20 signals)", latency: await time(n.map((i) => () => forYou(signals(i), LIMIT))) },
  ];
  const referenceMs = round1((refBefore + (await reference())) / 2);
  const result: RecommendationResults = {
    orderLines: counts!.lines,
    orders: seeded.orders,
    pairs: counts!.pairs,
    seedSeconds: seeded.seconds,
    pairsSeconds,
    referenceMs,
    queries: measured.map((q) => ({ ...q, ratio: round1(q.latency.p95 / referenceMs) })),
  };
  writeFileSync(args.out!, JSON.stringify(result, null, 2));
} finally {
  await closeDb();
}

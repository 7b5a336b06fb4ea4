/** Runs bench/shoppers.ts and bench/flash-sale.ts in processes of their own and reads their results. */
import { spawn } from "node:child_process";
import { openSync, readFileSync, rmSync } from "node:fs";
import type { FlashSaleResults } from "./flash-sale";
import type { Latency } from "./stats";

export type { FlashSaleResults };

export type ShopperResults = {
  shoppers: number;
  duration: number;
  addToCart: { adds: number; addsPerSecond: number; latency: Latency; errors: number };
  checkout: {
    paidOrders: number;
    ordersPerSecond: number;
    latency: { addToCart: Latency; placeOrder: Latency; webhook: Latency; checkout: Latency };
    outcomes: Record<string, number>;
  };
  ordersInDatabase: { paid: number; pending: number };
  /** The server's booking of those payments (invoice, sales counts), a job after each: what waited when the phase ended. */
  booking: { backlogAtEnd: number; unbooked: number; seconds: number; bookedPerSecond: number };
  oversell: {
    ok: boolean;
    limitedVariants: number;
    startingUnits: number;
    unitsOrdered: number;
    unitsLeft: number;
    soldOutVariants: number;
    variantsChecked: number;
    problems: string[];
  };
};

/** Runs a bench script with tsx (react-server conditions, for the app's server-only modules) and reads the JSON it writes. */
export async function runScript<T>(script: string, name: string, argv: string[], env: Record<string, string>): Promise<T> {
  const out = `bench/results/${name}.json`;
  rmSync(out, { force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", script, ...argv, "--out", out], {
      // The app logs every order e-mail (no SMTP here): keep that out of the report.
      stdio: ["ignore", openSync(`bench/results/${name}.log`, "w"), "inherit"],
      env: { ...process.env, ...env, NODE_ENV: "production" },
    });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}`))));
  });
  return JSON.parse(readFileSync(out, "utf8")) as T;
}

export function runShopperBench(opts: {
  databaseUrl: string;
  base: string;
  duration: number;
  shoppers: number;
  env: Record<string, string>;
}): Promise<ShopperResults> {
  return runScript<ShopperResults>(
    "bench/shoppers.ts",
    "shoppers",
    ["--base", opts.base, "--duration", String(opts.duration), "--shoppers", String(opts.shoppers)],
    { ...opts.env, DATABASE_URL: opts.databaseUrl, DATABASE_POOL_MAX: String(opts.shoppers + 2) },
  );
}

/** The flash-sale burst: `shoppers` at once for 20 units (bench/flash-sale.ts). */
export function runFlashSaleBench(opts: { databaseUrl: string; shoppers: number; env: Record<string, string> }): Promise<FlashSaleResults> {
  // A pool like an app instance's under load: the burst queues for connections as it would in production.
  return runScript<FlashSaleResults>("bench/flash-sale.ts", "flash-sale", ["--shoppers", String(opts.shoppers)], {
    ...opts.env,
    DATABASE_URL: opts.databaseUrl,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "20",
  });
}

const ms = (l: Latency) => `p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`;

/** The shopper results as lines of the report. */
export function describeShopperResults(r: ShopperResults): string[] {
  const c = r.checkout;
  const o = r.oversell;
  return [
    `Shoppers: ${r.shoppers} concurrent, ${r.duration} s per phase. Cart and checkout run the app's domain functions (lib/cart, lib/checkout, lib/payments) against the bench database from the bench process; the payment webhook is signed and POSTed over HTTP to next start, which marks the order paid.`,
    "",
    "| shopper step | per second | latency | errors |",
    "|---|---:|---|---:|",
    `| add to cart (addItem, own cart) | ${r.addToCart.addsPerSecond} adds | ${ms(r.addToCart.latency)} | ${r.addToCart.errors} |`,
    `| full checkout: paid orders | ${c.ordersPerSecond} orders | ${ms(c.latency.checkout)} | – |`,
    `| – fill cart (new cart, 2 adds) | | ${ms(c.latency.addToCart)} | |`,
    `| – place order (order, e-mail, payment session) | | ${ms(c.latency.placeOrder)} | |`,
    `| – payment webhook over HTTP | | ${ms(c.latency.webhook)} | |`,
    `| paid and booked (invoice, sales counts), over the phase and the wait for the last bookings | ${r.booking.bookedPerSecond} orders | ${r.booking.backlogAtEnd} waiting at the end, booked ${r.booking.seconds} s later${r.booking.unbooked ? `, ${r.booking.unbooked} NOT booked` : ""} | – |`,
    "",
    `Outcomes: ${Object.entries(c.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join("; ")}. Orders in the database: ${r.ordersInDatabase.paid} paid, ${r.ordersInDatabase.pending} pending.`,
    `Oversell check: ${o.ok ? "passed" : "FAILED"} — ${o.limitedVariants} limited variants, ${o.startingUnits} units at start, ${o.unitsOrdered} ordered, ${o.unitsLeft} left (${o.soldOutVariants} sold out); stock = ledger for all ${o.variantsChecked} variants touched.${o.problems.length ? ` Problems: ${o.problems.join("; ")}` : ""}`,
  ];
}

/** The flash-sale burst as lines of the report. */
export function describeFlashSaleResults(r: FlashSaleResults): string[] {
  const s = r.sale;
  return [
    `Flash-sale burst: ${r.shoppers} shoppers at the same moment for ${r.cap} units (limit ${r.perCustomerLimit} per customer), each with a guest cart and e-mail of their own, adding the variant (every tenth adds 2) and placing the order (lib/cart addItem, lib/checkout placeOrder) against the bench database from the bench process.`,
    "",
    "| flash-sale burst | value |",
    "|---|---:|",
    `| units sold (sold_count) | ${s.soldCount} of ${r.cap} |`,
    `| claims (orders) / units claimed | ${s.claims} / ${s.claimedUnits} |`,
    `| orders with the flash discount | ${s.ordersWithFlashDiscount} |`,
    `| shoppers holding more than ${r.perCustomerLimit} | ${s.shoppersOverLimit} |`,
    `| successes (flash price): add + place order | ${ms(r.latency.success)} (${r.latency.success.count}) |`,
    `| placed at the regular price (sale sold out) | ${ms(r.latency.regularPrice)} (${r.latency.regularPrice.count}) |`,
    `| refusals: add + place order | ${ms(r.latency.refusal)} (${r.latency.refusal.count}) |`,
    `| place order alone | ${ms(r.latency.placeOrder)} |`,
    `| requests/s (adds and orders answered) | ${r.requestsPerSecond} over ${r.seconds} s |`,
    `| orders placed/s | ${r.ordersPerSecond} |`,
    "",
    `Outcomes: ${Object.entries(r.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join("; ")}. Stock ${r.stock.start} at start, ${r.stock.unitsOrdered} ordered, ${r.stock.left} left.`,
    `Flash-sale check: ${r.ok ? "passed" : "FAILED"}${r.problems.length ? ` — ${r.problems.join("; ")}` : ""}.${s.claims === 0 ? " No flash units were claimed: the checkout does not apply flash prices on this build." : ""}`,
  ];
}

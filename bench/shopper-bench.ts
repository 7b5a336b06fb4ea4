/** Runs bench/shoppers.ts in its own process and reads its results. */
import { spawn } from "node:child_process";
import { openSync, readFileSync, rmSync } from "node:fs";
import type { Latency } from "./stats";

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

export async function runShopperBench(opts: {
  databaseUrl: string;
  base: string;
  duration: number;
  shoppers: number;
  env: Record<string, string>;
}): Promise<ShopperResults> {
  const out = "bench/results/shoppers.json";
  rmSync(out, { force: true });
  const argv = [
    "--conditions=react-server",
    "bench/shoppers.ts",
    "--base",
    opts.base,
    "--duration",
    String(opts.duration),
    "--shoppers",
    String(opts.shoppers),
    "--out",
    out,
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", argv, {
      // The app logs every order e-mail (no SMTP here): keep that out of the report.
      stdio: ["ignore", openSync("bench/results/shoppers.log", "w"), "inherit"],
      env: {
        ...process.env,
        ...opts.env,
        DATABASE_URL: opts.databaseUrl,
        DATABASE_POOL_MAX: String(opts.shoppers + 2),
        NODE_ENV: "production",
      },
    });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`bench/shoppers.ts exited ${code}`))));
  });
  return JSON.parse(readFileSync(out, "utf8")) as ShopperResults;
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
    "",
    `Outcomes: ${Object.entries(c.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join("; ")}. Orders in the database: ${r.ordersInDatabase.paid} paid, ${r.ordersInDatabase.pending} pending.`,
    `Oversell check: ${o.ok ? "passed" : "FAILED"} — ${o.limitedVariants} limited variants, ${o.startingUnits} units at start, ${o.unitsOrdered} ordered, ${o.unitsLeft} left (${o.soldOutVariants} sold out); stock = ledger for all ${o.variantsChecked} variants touched.${o.problems.length ? ` Problems: ${o.problems.join("; ")}` : ""}`,
  ];
}

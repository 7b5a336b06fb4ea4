import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { COOKIES } from "@/lib/cookie-names";
import { signValue } from "@/lib/signed-value";

// Two loopback listeners: the shop's SITE_URL, and an address a forged Host header names.
type Listener = { server: Server; origin: string; hits: { path: string; signed: boolean }[] };
async function listen(): Promise<Listener> {
  const hits: Listener["hits"] = [];
  const server = createServer((req, res) => {
    hits.push({ path: req.url ?? "", signed: typeof req.headers["mercato-signature"] === "string" });
    req.resume();
    req.on("end", () =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ received: true, outcome: "paid" })),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}
const shop = await listen();
const attacker = await listen();
vi.stubEnv("SITE_URL", shop.origin);
vi.stubEnv("PAYMENT_PROVIDER", "test");

// The action as Next calls it: the request's headers and cookies, the session, and redirect stood in for.
const request = vi.hoisted(() => ({ headers: new Headers(), cookie: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (name === "mercato_orders" && request.cookie ? { name, value: request.cookie } : undefined),
  }),
}));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => null }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const { payTestPaymentAction } = await import("./actions");
const { startPayment } = await import("../mutations/start");
const { createPendingOrder } = await import("../testing");

async function openPayment() {
  const order = await createPendingOrder();
  const paymentId = (await startPayment(order)).redirectUrl.split("/").pop()!;
  return { order, paymentId };
}
const card = (n: string) => {
  const form = new FormData();
  form.set("cardNumber", n);
  return form;
};
const guestCookie = (entries: string[]) => signValue("orders", entries.join(","));

beforeAll(() => expect(COOKIES.guestOrders).toBe("mercato_orders"));
beforeEach(() => {
  shop.hits.length = 0;
  attacker.hits.length = 0;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([shop, attacker].map((l) => new Promise((r) => l.server.close(r))));
});

describe("the test gateway's Pay action", () => {
  it("posts its signed webhook to SITE_URL, never to the origin a forged Host header names (no SSRF)", async () => {
    const { order, paymentId } = await openPayment();
    request.cookie = guestCookie([`f:${order.id}`]);
    request.headers = new Headers({ host: new URL(attacker.origin).host, "x-forwarded-proto": "http" });
    await expect(payTestPaymentAction(paymentId, {}, card("4242 4242 4242 4242"))).rejects.toMatchObject({
      url: `/orders/${order.number}`,
    });
    expect(attacker.hits).toEqual([]);
    expect(shop.hits).toEqual([{ path: "/api/payments/test/webhook", signed: true }]);
  });

  it("is only for the order's owner: a browser without the order, or that only tracked it, is told the payment does not exist and nothing is sent", async () => {
    const { order, paymentId } = await openPayment();
    request.headers = new Headers({ host: new URL(shop.origin).host });
    for (const cookie of [undefined, guestCookie([]), guestCookie([order.id])]) {
      request.cookie = cookie;
      expect(await payTestPaymentAction(paymentId, {}, card("4242424242424242"))).toEqual({ error: "This payment does not exist." });
    }
    expect(shop.hits).toEqual([]);
    expect(attacker.hits).toEqual([]);
  });
});

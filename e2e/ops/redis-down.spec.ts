import { expect, test } from "../fixtures";
import { AccountPages } from "../pages/account";
import { createAccount } from "../support/account-db";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { createTestProduct } from "../support/product-db";

// An instance told to use a Redis that does not answer (nothing listens on port 1): pages still
// render (every load a miss, nothing cached) and shoppers still sign in (the rate limits and the
// sign-in throttle fall back to a per-instance count).
const PORT = Number(process.env.E2E_OPS_PORT_I ?? 3216);

test.describe.configure({ mode: "serial" });

let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppInstance(PORT, { REDIS_URL: "redis://127.0.0.1:1", CACHE_REDIS_PREFIX: `e2e:down:${process.pid}:` });
});

test.afterAll(async () => {
  await app?.stop();
});

test("with Redis unreachable, product pages render on every load and a shopper signs in", async ({ browser }) => {
  test.setTimeout(60_000);
  const product = await createTestProduct("Unshared mug");
  for (let load = 0; load < 2; load++) {
    const res = await fetch(`${app.url}/p/${product.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-nextjs-cache")).not.toBe("HIT");
    expect(await res.text()).toContain("Unshared mug");
  }
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  await new AccountPages(page).signIn(await createAccount("Rae Redisless"), "/account");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

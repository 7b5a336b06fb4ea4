import { randomUUID } from "node:crypto";
import { LIMITS } from "../../lib/rate-limit/limits";
import { expect, test } from "../fixtures";
import { randomLoopback, type Reply, sendFrom } from "../support/loopback-http";

/** Plain HTTP against the real `next start`, each test from its own loopback address, so its limits are its own. */
function send(from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return sendFrom(from, test.info().project.use.baseURL!, method, path, headers, body);
}

const loopback = randomLoopback;
const forged = (i: number) => `198.51.100.${i + 1}, 203.0.113.${(i * 7) % 250}`;

/** One failed password sign-in through next-auth's callback; the error code it redirects with ("invalid", "throttled:15"). */
async function failSignIn(from: string, xff: string): Promise<string> {
  const csrf = await send(from, "GET", "/api/auth/csrf", { "x-forwarded-for": xff });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = ([] as string[])
    .concat(csrf.headers["set-cookie"] ?? [])
    .map((c) => c.split(";")[0])
    .join("; ");
  const form = new URLSearchParams({ email: `nobody-${randomUUID().slice(0, 8)}@example.com`, password: "wrong-password", csrfToken });
  const reply = await send(
    from,
    "POST",
    "/api/auth/callback/password",
    { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": xff },
    form.toString(),
  );
  const location = String(reply.headers.location ?? "");
  return new URL(location, "http://x").searchParams.get("code") ?? `status ${reply.status} ${location}`;
}

test("30 failed sign-ins with 30 forged X-Forwarded-For values are throttled like 30 from one address", async () => {
  test.slow();
  const attacker = loopback();
  const codes: string[] = [];
  for (let i = 0; i < 30; i++) codes.push(await failSignIn(attacker, forged(i)));
  expect(codes.slice(0, 20)).toEqual(Array(20).fill("invalid"));
  expect(codes.slice(20)).toEqual(Array(10).fill("throttled:15"));
  // The socket's address decides: another address, claiming the attacker's forged values, is not throttled.
  expect(await failSignIn(loopback(), forged(0))).toBe("invalid");
});

test("the payment page answers 429 with Retry-After past its per-client limit, whatever X-Forwarded-For says", async () => {
  test.slow();
  const client = loopback();
  const statuses: number[] = [];
  for (let i = 0; i < LIMITS.payment.points; i++)
    statuses.push((await send(client, "GET", `/pay/test/${randomUUID()}`, { "x-forwarded-for": forged(i) })).status);
  expect(statuses.filter((s) => s === 429)).toEqual([]);
  const refused = await send(client, "GET", `/pay/test/${randomUUID()}`, { "x-forwarded-for": forged(99) });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  expect(refused.body).toContain("Too many requests");
  expect((await send(loopback(), "GET", `/pay/test/${randomUUID()}`)).status).not.toBe(429);
});

test("a sign-up form past its per-e-mail limit says how long to wait (a message, not an error page)", async ({ page, auth }) => {
  test.slow();
  const address = `limited-${randomUUID().slice(0, 8)}@example.com`;
  for (let i = 0; i < LIMITS.signUpEmail.points; i++) {
    await page.context().clearCookies();
    await auth.signUp("Lim Ited", address, `limited-pass-${i}-2026`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.context().clearCookies();
  await auth.signUp("Lim Ited", address, "limited-pass-x-2026");
  await expect(auth.message("alert", /^Too many attempts in a short time\. Try again in \d+ minutes?\.$/)).toBeVisible({ timeout: 30_000 });
});

import "server-only";
import type { TestGatewayEvent } from "./event";
import { testGatewaySecret } from "./secret";
import { SIGNATURE_HEADER, signWebhook } from "./signature";

export const TEST_WEBHOOK_PATH = "/api/payments/test/webhook";

export type Delivery = { ok: true; outcome: string } | { ok: false; error: string };

/** Signs an event and POSTs it to the shop's webhook at `origin`, as a real gateway would. */
export async function deliverTestEvent(origin: string, event: TestGatewayEvent, now = new Date()): Promise<Delivery> {
  const body = JSON.stringify(event);
  let response: Response;
  try {
    response = await fetch(`${origin}${TEST_WEBHOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signWebhook(body, testGatewaySecret(), now) },
      body,
      cache: "no-store",
      redirect: "error",
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const json: unknown = await response.json().catch(() => null);
  const field = (key: string) =>
    json && typeof json === "object" && key in json ? String((json as Record<string, unknown>)[key]) : undefined;
  if (!response.ok) return { ok: false, error: `HTTP ${response.status}${field("error") ? `: ${field("error")}` : ""}` };
  return { ok: true, outcome: field("outcome") ?? "" };
}

import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

/**
 * The key the test gateway signs webhooks with: TEST_GATEWAY_SECRET, else one
 * derived from the auth secret for this purpose only (so neither can stand in
 * for the other).
 */
export function testGatewaySecret(): string {
  return env().TEST_GATEWAY_SECRET ?? createHmac("sha256", authSecret()).update("mercato:test-gateway:webhook").digest("base64url");
}

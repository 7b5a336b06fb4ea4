import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { type AppInstance, startAppInstance } from "../support/app-instance";
import { sendFrom } from "../support/loopback-http";

// An instance of its own with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a collector this test runs on localhost.
const PORT = Number(process.env.E2E_OPS_PORT_G ?? 3213);

let app: AppInstance;
let collector: Server;
const received: { path: string; bytes: number }[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  collector = createServer((req, res) => {
    let bytes = 0;
    req.on("data", (chunk: Buffer) => (bytes += chunk.length));
    req.on("end", () => {
      received.push({ path: req.url ?? "", bytes });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  app = await startAppInstance(PORT, { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "mercato-e2e" });
});
test.afterAll(async () => {
  await app?.stop();
  collector?.close();
});

test("with OTEL_EXPORTER_OTLP_ENDPOINT set, request traces are exported to it over OTLP", async () => {
  test.setTimeout(60_000);
  expect((await sendFrom("127.0.0.1", app.url, "GET", "/p/studio-monitor-headphones")).status).toBe(200);
  // Spans are batched (every few seconds) and posted to <endpoint>/v1/traces.
  await expect.poll(() => received.filter((r) => r.path === "/v1/traces" && r.bytes > 0).length, { timeout: 30_000 }).toBeGreaterThan(0);
});

import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = { url: string; served: number[]; stop: () => Promise<void> };

/**
 * A load balancer in a few lines: each request goes to the next upstream in turn
 * (no stickiness, like a plain round-robin), headers and body passed through
 * unchanged, Host included. `served[i]` counts the requests upstream i answered.
 */
export async function startRoundRobinProxy(port: number, upstreams: string[]): Promise<RoundRobinProxy> {
  let next = 0;
  const served = upstreams.map(() => 0);
  const server = createServer((req, res) => {
    const i = next++ % upstreams.length;
    const base = upstreams[i]!;
    served[i] = (served[i] ?? 0) + 1;
    const target = new URL(req.url ?? "/", base);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.rawHeaders);
        reply.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`upstream ${base}: ${error.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url, served, stop };
}

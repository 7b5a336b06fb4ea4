import { randomInt } from "node:crypto";
import { request as httpRequest } from "node:http";

/**
 * Plain HTTP from a chosen loopback address (127.x.y.z: all of 127/8 reaches a
 * server on Linux), so a test's requests count as their own client for the
 * app's rate limits, apart from the browsers of the rest of the suite (127.0.0.1).
 */
export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function sendFrom(
  from: string,
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        localAddress: from,
        headers: { ...headers, ...(body ? { "content-length": String(Buffer.byteLength(body)) } : {}) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer to ${method} ${path} in 60 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** A random loopback address other than 127.0.0.1. */
export const randomLoopback = () => `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`;

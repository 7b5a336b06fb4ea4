import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

const holder = globalThis as unknown as { __mercatoPeerAddress?: boolean };

/**
 * Appends each request's socket address to its X-Forwarded-For, as a proxy
 * would, before Next sees the request. Next only fills the header when it is
 * absent (`??=` in base-server), so a client that sends its own value would
 * otherwise hide the real peer. Node announces every incoming request on this
 * diagnostics channel synchronously, before the server's `request` listeners run.
 */
export function appendPeerAddressToForwardedFor(): void {
  if (holder.__mercatoPeerAddress) return;
  holder.__mercatoPeerAddress = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const peer = socket?.remoteAddress;
    if (!peer) return;
    const sent = request.headers["x-forwarded-for"];
    request.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
  });
}

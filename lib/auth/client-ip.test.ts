import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const h = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("client address", () => {
  it("without trusted proxies is the socket's address, whatever the client wrote before it", () => {
    expect(clientIpFrom(h("6.6.6.6, 203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientIpFrom(h("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("behind N trusted proxies is the entry N places left of the socket's", () => {
    // forged by the client, appended by the proxy (the client as it saw it), appended by this server (the proxy)
    expect(clientIpFrom(h("6.6.6.6, 198.51.100.4, 10.0.0.2"), 1)).toBe("198.51.100.4");
    expect(clientIpFrom(h("6.6.6.6,198.51.100.4 , 10.0.0.3,10.0.0.2"), 2)).toBe("198.51.100.4");
  });

  it("falls back to the left-most entry when the chain is shorter, and to unknown without one", () => {
    expect(clientIpFrom(h("10.0.0.2"), 1)).toBe("10.0.0.2");
    expect(clientIpFrom(h(), 0)).toBe("unknown");
  });

  it("writes IPv4 peers of an IPv6 socket plainly", () => {
    expect(clientIpFrom(h("::ffff:127.0.0.5"), 0)).toBe("127.0.0.5");
    expect(clientIpFrom(h("2001:db8::1"), 0)).toBe("2001:db8::1");
  });
});

import { describe, expect, it } from "vitest";
import { requestOrigin } from "./origin";

const fallback = "https://shop.example.com/";

describe("the gateway's view of the shop's origin", () => {
  it("uses the Host header and the forwarded protocol", () => {
    expect(requestOrigin(new Headers({ host: "localhost:3100" }), fallback)).toBe("http://localhost:3100");
    expect(requestOrigin(new Headers({ host: "shop.test", "x-forwarded-proto": "https" }), fallback)).toBe("https://shop.test");
    expect(requestOrigin(new Headers({ host: "[::1]:3000", "x-forwarded-proto": "https,http" }), fallback)).toBe("https://[::1]:3000");
  });

  it("only knows http and https", () => {
    expect(requestOrigin(new Headers({ host: "shop.test", "x-forwarded-proto": "gopher" }), fallback)).toBe("http://shop.test");
  });

  it("falls back to SITE_URL when Host is missing or is not a plain host[:port]", () => {
    expect(requestOrigin(new Headers(), fallback)).toBe("https://shop.example.com");
    expect(requestOrigin(new Headers({ host: "evil.test/path?x=" }), fallback)).toBe("https://shop.example.com");
    expect(requestOrigin(new Headers({ host: "user@evil.test" }), fallback)).toBe("https://shop.example.com");
  });
});

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twilioRequest, twilioTransport, type TwilioConfig } from "./twilio";

type Seen = { method?: string; url?: string; headers: IncomingMessage["headers"]; body: string };

// A stand-in for Twilio's API on 127.0.0.1: records each request, answers like Twilio does.
let server: Server;
let base: string;
const seen: Seen[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      const to = new URLSearchParams(body).get("To");
      res.setHeader("Content-Type", "application/json");
      if (to === "+15005550001") {
        res.statusCode = 400;
        res.end(JSON.stringify({ code: 21211, message: "The 'To' number +15005550001 is not a valid phone number.", status: 400 }));
        return;
      }
      res.statusCode = 201;
      res.end(JSON.stringify({ sid: "SM0123456789abcdef0123456789abcdef", status: "queued" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (over: Partial<TwilioConfig> = {}): TwilioConfig => ({
  accountSid: "AC0123456789abcdef0123456789abcdef",
  authToken: "test-auth-token-0123456789",
  from: "+15005550006",
  apiBase: base,
  ...over,
});

describe("Twilio adapter", () => {
  it("builds the Messages call: form body, basic auth, the account's path", () => {
    const { url, init } = twilioRequest(config({ apiBase: "https://api.twilio.com" }), { to: "+8613800138000", text: "Code 123456" });
    expect(url).toBe("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json");
    expect(init.method).toBe("POST");
    const headers = init.headers as Record<string, string>;
    expect(headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
    expect(Buffer.from(headers.Authorization!.replace(/^Basic /, ""), "base64").toString()).toBe(
      "AC0123456789abcdef0123456789abcdef:test-auth-token-0123456789",
    );
    expect(Object.fromEntries(new URLSearchParams(init.body as string))).toEqual({
      To: "+8613800138000",
      Body: "Code 123456",
      From: "+15005550006",
    });
  });

  it("a Messaging Service SID goes as MessagingServiceSid instead of From", () => {
    const { init } = twilioRequest(config({ from: "MG0123456789abcdef0123456789abcdef" }), { to: "+14155550100", text: "x" });
    const body = new URLSearchParams(init.body as string);
    expect(body.get("MessagingServiceSid")).toBe("MG0123456789abcdef0123456789abcdef");
    expect(body.has("From")).toBe(false);
  });

  it("sends over HTTP and returns the message SID", async () => {
    seen.length = 0;
    const receipt = await twilioTransport(config()).send({ to: "+8613800138000", text: "【Mercato】验证码 123456" });
    expect(receipt).toEqual({ id: "SM0123456789abcdef0123456789abcdef" });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json" });
    expect(seen[0]!.headers.authorization).toMatch(/^Basic /);
    expect(new URLSearchParams(seen[0]!.body).get("Body")).toBe("【Mercato】验证码 123456");
  });

  it("a refusal throws with Twilio's message and code", async () => {
    await expect(twilioTransport(config()).send({ to: "+15005550001", text: "x" })).rejects.toThrow(
      /HTTP 400, code 21211\): The 'To' number \+15005550001 is not a valid phone number\./,
    );
  });
});

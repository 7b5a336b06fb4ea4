import { describe, expect, it } from "vitest";
import { requestIdFor } from "./http-requests";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFor", () => {
  it("keeps the id a trusted proxy sent", () => {
    expect(requestIdFor("7f2c1a9e-0b4d-4c55-9a51-3f0e2d1c4b6a", true)).toBe("7f2c1a9e-0b4d-4c55-9a51-3f0e2d1c4b6a");
    expect(requestIdFor(["abc123def456", "other"], true)).toBe("abc123def456");
  });

  it("makes its own without a trusted proxy, whatever the client sent", () => {
    const id = requestIdFor("client-chosen-id-1234", false);
    expect(id).toMatch(UUID);
    expect(requestIdFor(undefined, true)).toMatch(UUID);
  });

  it("replaces ids that could forge log lines or are too short or long", () => {
    for (const sent of ['x", "admin": true', "line\nbreak-12345", "short", "a".repeat(129), ""]) {
      expect(requestIdFor(sent, true)).toMatch(UUID);
    }
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "./logger";
import { logRequestError } from "./request-error";

afterEach(() => vi.restoreAllMocks());

describe("logRequestError", () => {
  it("logs the digest the error page shows with the request id, and no query string", () => {
    const error = vi.spyOn(logger(), "error").mockImplementation(() => undefined);
    const thrown = Object.assign(new Error("relation does not exist"), { digest: "2338611571" });
    logRequestError(
      thrown,
      { path: "/reset-password?token=secret-token", method: "GET", headers: { "x-request-id": "3f0e2d1c-4b6a" } },
      { routePath: "/reset-password", routeType: "render" },
    );
    expect(error).toHaveBeenCalledTimes(1);
    const [fields, message] = error.mock.calls[0] as unknown as [Record<string, unknown>, string];
    expect(message).toBe("request failed");
    expect(fields).toMatchObject({ digest: "2338611571", reqId: "3f0e2d1c-4b6a", path: "/reset-password", route: "/reset-password" });
    expect(fields.err).toBe(thrown);
    expect(JSON.stringify(fields)).not.toContain("secret-token");
  });
});

import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createUserWithRole } from "@/lib/products/testing";
import { recordHistory } from "./mutations";
import { listRecentSearches } from "./queries";

// The route as Next calls it, with the session stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));

const { DELETE } = await import("@/app/api/search/recent/route");

const remove = (q?: string) =>
  DELETE(
    new Request(`http://localhost/api/search/recent${q === undefined ? "" : `?q=${encodeURIComponent(q)}`}`, {
      method: "DELETE",
      headers: { "sec-fetch-site": "same-origin" },
    }),
  );

describe("DELETE /api/search/recent", () => {
  it("removes one search, refuses a query no search can be (400, nothing removed), and clears the rest", async () => {
    session.user = await createUserWithRole("customer");
    await recordHistory(session.user.id, "teapot");
    await recordHistory(session.user.id, "green tea");
    expect((await remove("Teapot")).status).toBe(204);
    expect(await listRecentSearches(session.user.id)).toEqual(["green tea"]);
    const tooLong = await remove("x".repeat(1000));
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({ error: "That search is too long to be in your history." });
    expect(await listRecentSearches(session.user.id)).toEqual(["green tea"]);
    expect((await remove()).status).toBe(204);
    expect(await listRecentSearches(session.user.id)).toEqual([]);
  });

  it("answers 401 to a signed-out visitor and 403 to another site", async () => {
    session.user = null;
    expect((await remove("teapot")).status).toBe(401);
    const crossSite = await DELETE(
      new Request("http://localhost/api/search/recent", { method: "DELETE", headers: { "sec-fetch-site": "cross-site" } }),
    );
    expect(crossSite.status).toBe(403);
  });
});

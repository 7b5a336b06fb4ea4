import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import type { SessionUser } from "@/lib/auth/session";
import { createUserWithRole } from "@/lib/products/testing";
import { listAlerts } from "./queries";
import { raiseAlert } from "./raise";

// The route as Next calls it, with the session and Next's redirect stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { GET } = await import("@/app/[locale]/admin/alerts/[id]/route");

describe("GET /admin/alerts/<id>", () => {
  it("goes to the alert's page; marks it read when opened here, not from a link on another site", async () => {
    session.user = await createUserWithRole("staff");
    const title = `Return ${crypto.randomUUID()}`;
    await raiseAlert(db, { kind: "return_requested", title, href: "/admin/returns" });
    const alert = async () => (await listAlerts(session.user!.id)).alerts.find((a) => a.title === title)!;
    const open = async (site: string) =>
      GET(new Request(`http://localhost/admin/alerts/${(await alert()).id}`, { headers: { "sec-fetch-site": site } }), {
        params: Promise.resolve({ id: String((await alert()).id) }),
      }).catch((e: { url?: string }) => e);

    expect(await open("cross-site")).toMatchObject({ url: "/admin/returns" });
    expect((await alert()).read).toBe(false);
    expect(await open("same-origin")).toMatchObject({ url: "/admin/returns" });
    expect((await alert()).read).toBe(true);
  });
});

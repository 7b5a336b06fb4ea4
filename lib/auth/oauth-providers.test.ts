import { describe, expect, it, vi } from "vitest";

describe("OAuth providers from the environment", () => {
  it("offers only the providers whose id and secret are both set", async () => {
    vi.stubEnv("AUTH_GITHUB_ID", "gh-id");
    vi.stubEnv("AUTH_GITHUB_SECRET", "gh-secret");
    vi.stubEnv("AUTH_GOOGLE_ID", "google-id-without-secret");
    vi.stubEnv("AUTH_GOOGLE_SECRET", undefined);
    vi.resetModules();
    const { oauthChoices, oauthProviders } = await import("./oauth-providers");
    expect(oauthChoices()).toEqual([{ id: "github", name: "GitHub" }]);
    const [github, ...rest] = oauthProviders();
    expect(rest).toEqual([]);
    expect(github).toMatchObject({ id: "github", options: { clientId: "gh-id", clientSecret: "gh-secret" } });
    vi.unstubAllEnvs();
  });
});

describe("GitHub e-mail", () => {
  it("links only by the primary address, and only when GitHub verified it", async () => {
    const { primaryVerifiedEmail } = await import("./oauth-providers");
    const primary = { email: "me@example.com", primary: true, verified: true };
    const secondary = { email: "other@example.com", primary: false, verified: true };
    expect(primaryVerifiedEmail([secondary, primary])).toBe("me@example.com");
    expect(primaryVerifiedEmail([secondary, { ...primary, verified: false }])).toBeNull();
    expect(primaryVerifiedEmail([secondary])).toBeNull();
    expect(primaryVerifiedEmail({ message: "Requires authentication" })).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";

// The language of the request that causes a message (proxy.ts sets it for server actions): Chinese here.
const request = vi.hoisted(() => ({ locale: "zh-CN" as string | null }));
// next-intl knows no locale outside a request (it throws there); requestLocale then answers English.
vi.mock("next-intl/server", async (original) => ({
  ...(await original<object>()),
  getLocale: async () => {
    if (!request.locale) throw new Error("no request");
    return request.locale;
  },
}));
// The store's default language (a store setting), the language of messages sent outside a request.
const store = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("@/lib/settings/default-locale", () => ({ storeDefaultLocale: async () => store.locale }));
afterEach(() => {
  request.locale = "zh-CN";
  store.locale = "en";
});

const { mailLocale } = await import("./locale");
const { confirmSignUpMail, passwordResetMail, signInCodeMail } = await import("@/lib/auth/emails");

const han = /[\u4e00-\u9fff]/;

describe("e-mails in the language of the request that caused them", () => {
  it("a sign-in code asked for from a Chinese page is written in Chinese, code and store name in it", async () => {
    const mail = await signInCodeMail("wang.fang@example.com", "493027", await mailLocale());
    expect(mail.subject).toMatch(/登录验证码/);
    expect(mail.text).toContain("你的登录验证码是 493027");
    expect(mail.text).not.toMatch(/Your sign-in code/);
  });

  it("links in a Chinese message open the Chinese pages", async () => {
    const mail = await confirmSignUpMail("wang.fang@example.com", "王芳", null, "https://shop.example", await mailLocale());
    expect(mail.text).toContain("王芳，你好");
    expect(mail.text).toContain("https://shop.example/zh-CN/account");
    expect(mail.text).toContain("https://shop.example/zh-CN/sign-in/code");
    expect(han.test(mail.subject)).toBe(true);
  });

  it("without a request (a background job) the message is English", async () => {
    request.locale = null;
    const locale = await mailLocale();
    expect(locale).toBe("en");
    const mail = await passwordResetMail("a@example.com", "https://shop.example/reset-password?token=x", locale);
    expect(mail.subject).toMatch(/^Reset your .+ password$/);
    expect(han.test(mail.text)).toBe(false);
  });

  it("without a request, in the store's default language when that is Chinese", async () => {
    request.locale = null;
    store.locale = "zh-CN";
    const mail = await signInCodeMail("wang.fang@example.com", "493027", await mailLocale());
    expect(mail.text).toContain("你的登录验证码是 493027");
  });

  it("a request's language wins over the store's default", async () => {
    request.locale = "en";
    store.locale = "zh-CN";
    expect(await mailLocale()).toBe("en");
  });
});

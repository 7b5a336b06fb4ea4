import { readFileSync } from "node:fs";
import { expect as baseExpect, test } from "../fixtures";
import { codeIn } from "../pages/auth-pages";
import { seriousA11yViolations } from "../support/axe";
import { uniqueMobile, waitForSmsTo } from "../support/sms-db";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 120_000 });

/** The English `phone` messages, cut at their first argument, long enough not to occur by chance. */
function englishPhoneMessages(): string[] {
  const flat = (v: unknown): string[] => (typeof v === "string" ? [v] : Object.values(v as object).flatMap(flat));
  return flat(JSON.parse(readFileSync("messages/en/phone.json", "utf8")))
    .map((m) => m.split("{")[0]!.trim())
    .filter((m) => m.length >= 12);
}

async function noEnglish(page: import("@playwright/test").Page) {
  const text = await page.locator("body").innerText();
  baseExpect(englishPhoneMessages().filter((m) => text.includes(m))).toEqual([]);
}

test("短信验证码：在 /zh-CN 用手机号码注册并登录", async ({ page }) => {
  const mobile = uniqueMobile();
  await page.goto("/zh-CN/sign-in/phone");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "使用手机号码登录" })).toBeVisible();
  baseExpect(await seriousA11yViolations(page)).toEqual([]);
  await noEnglish(page);

  await page.getByLabel("手机号码").fill(mobile.typed);
  const before = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "发送验证码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "验证码已发送至" })).toBeVisible();
  const sms = await waitForSmsTo(mobile.e164, "sms-sign-in-code", before);
  baseExpect(sms.text).toContain("验证码");
  await noEnglish(page);
  baseExpect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel("验证码").fill(codeIn(sms.text) === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "验证码错误、已过期或已使用" })).toBeVisible();
  await noEnglish(page);

  await page.getByLabel("验证码").fill(codeIn(sms.text));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/zh-CN\/account$/);
});

test("/zh-CN/sign-up/phone 的表单为中文", async ({ page }) => {
  await page.goto("/zh-CN/sign-up/phone");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "使用手机号码注册账户" })).toBeVisible();
  await expect(page.getByLabel("姓名")).toBeVisible();
  await page.getByRole("button", { name: "发送验证码" }).click();
  await expect(page.getByText("请输入手机号码。")).toBeVisible();
  await noEnglish(page);
  baseExpect(await seriousA11yViolations(page)).toEqual([]);
});

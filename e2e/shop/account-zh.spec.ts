import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "../fixtures";
import { codeIn } from "../pages/auth-pages";
import { seriousA11yViolations } from "../support/axe";
import { waitForMailTo } from "../support/db";
import { untranslatedAccountMessages } from "../support/untranslated-account";

// Server round trips with argon2 hashing: allow time (as auth.spec.ts).
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const at = (path: string) => new RegExp(`^https?://[^/]+${path.replace(/[?.*+()[\]]/g, "\\$&")}$`);

test("简体中文: sign up, confirm by the Chinese e-mail, sign in (a wrong password refused in Chinese), the account pages", async ({
  page,
}) => {
  const address = `wang-fang-${randomUUID().slice(0, 8)}@example.com`;
  const password = "chang-cheng-2026";

  await page.goto("/zh-CN/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "注册账户", level: 1 })).toBeVisible();
  expect(await untranslatedAccountMessages(page)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel("姓名").fill("王芳");
  await page.getByLabel("电子邮箱").fill(address);
  await page.getByLabel("密码").fill("short");
  await page.getByRole("button", { name: "注册账户" }).click();
  await expect(page.getByText("请至少输入 8 个字符。")).toBeVisible();
  await page.getByLabel("密码").fill(password);
  const before = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "注册账户" }).click();
  await expect(page.getByRole("status").filter({ hasText: `我们已向 ${address} 发送邮件` })).toBeVisible();

  // The e-mail caused by a Chinese page is Chinese, its links to the Chinese pages.
  const mail = await waitForMailTo(address, "sign-up", before, 30_000);
  expect(mail.subject).toContain("验证你在");
  expect(mail.text).toContain("王芳，你好");
  expect(mail.text).toContain("/zh-CN/sign-in/code");
  await page.getByLabel("验证码").fill(codeIn(mail.text));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(at("/zh-CN/account"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("你好，王芳");
  await expect(page.getByRole("heading", { name: "会员积分" })).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await page.goto("/zh-CN/sign-in?next=%2Faccount");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  expect(await untranslatedAccountMessages(page)).toEqual([]);
  await page.getByLabel("电子邮箱").fill(address);
  await page.getByLabel("密码", { exact: true }).fill("wrong-password-1");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "电子邮箱或密码不正确" })).toBeVisible();
  expect(await untranslatedAccountMessages(page)).toEqual([]);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(at("/zh-CN/account"));

  for (const [path, heading] of [
    ["/zh-CN/account", "你好，王芳"],
    ["/zh-CN/account/profile", "个人资料"],
    ["/zh-CN/account/addresses", "收货地址"],
    ["/zh-CN/account/points", "积分与会员等级"],
    ["/zh-CN/account/favourites", "收藏夹"],
    ["/zh-CN/account/recently-viewed", "最近浏览"],
    ["/zh-CN/account/reviews", "我的评价"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByRole("navigation", { name: "账户栏目" })).toBeVisible();
    expect(await untranslatedAccountMessages(page), path).toEqual([]);
    expect(await seriousA11yViolations(page), path).toEqual([]);
  }

  // An action's answer comes back in Chinese too.
  await page.goto("/zh-CN/account/profile");
  await page.getByLabel("姓名", { exact: true }).fill("王芳芳");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "姓名已保存。" })).toBeVisible();
});

for (const path of ["/zh-CN/sign-in/code", "/zh-CN/forgot-password", "/zh-CN/reset-password?token=expired-or-unknown-token"]) {
  test(`${path} is in Chinese with no serious accessibility problems`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    expect(await untranslatedAccountMessages(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}

import { expect, test } from "../fixtures";
import { BackOffice } from "../pages/admin";
import { testDb } from "../support/db";

// The store's default language is store-wide: while it is 简体中文 a first visit to `/` that the browser's languages do not
// decide opens in Chinese for everyone. So this spec sits in e2e/store-wide/ (run alone, after the rest) and sets it back.
test.describe.configure({ mode: "serial" });

const savedLocale = async () =>
  (await testDb()<{ locale: string }[]>`select default_locale as locale from store_settings where id = 1`)[0]?.locale ?? "en";

test.afterAll(async () => {
  await testDb()`update store_settings set default_locale = 'en' where id = 1`;
});

test("an admin makes 简体中文 the default language in Chinese; a first visit in French then opens /zh-CN", async ({ page, request }) => {
  await new BackOffice(page).signIn("admin", "/zh-CN/admin/settings");
  const language = page.getByRole("combobox", { name: "默认语言" });
  await expect(language).toHaveValue("en");
  await language.selectOption({ label: "简体中文" });
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByRole("status").filter({ hasText: "设置已保存。顾客在下次加载页面时看到更改。" })).toBeVisible();
  expect(await savedLocale()).toBe("zh-CN");

  // No cookie, a language the shop does not have: the store's default decides. English still wins when asked for.
  const firstVisit = (acceptLanguage: string) => request.get("/", { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });
  const french = await firstVisit("fr-FR,fr;q=0.9");
  expect(french.status()).toBe(307);
  expect(new URL(french.headers().location!, "http://x").pathname).toBe("/zh-CN");
  expect((await firstVisit("en-GB,en;q=0.9")).status()).toBe(200);

  await page.reload();
  await expect(language).toHaveValue("zh-CN");
  await language.selectOption({ label: "English" });
  await page.getByRole("button", { name: "保存设置" }).click();
  // The reloaded page may still show the first save's status: wait for the database, not the message.
  await expect(page.getByRole("status").filter({ hasText: "设置已保存。" })).toBeVisible();
  await expect.poll(savedLocale).toBe("en");
  expect((await firstVisit("fr-FR,fr;q=0.9")).status()).toBe(200);
});

import { createAccount } from "../support/account-db";
import { seriousA11yViolations } from "../support/axe";
import { testDb, waitForMailTo } from "../support/db";
import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { BackOffice } from "../pages/admin";

test.describe.configure({ timeout: 120_000 });

/** An active product nobody has asked about (so the page's list is this test's own). */
async function quietProduct(): Promise<{ slug: string; title: string }> {
  const [row] = await testDb()`
    select slug, title from products p
    where status = 'active' and not exists (select 1 from product_questions q where q.product_id = p.id)
    order by random() limit 1`;
  return row as { slug: string; title: string };
}

test("a shopper asks on the product page, the merchant answers, the shopper sees the answer and gets the e-mail", async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = Date.now().toString(36);
  const product = await quietProduct();
  const shopper = await createAccount("Quinn Asker");

  // Signed out: the control leads to sign in and back to the product.
  await page.goto(`/p/${product.slug}`);
  const section = page.getByRole("region", { name: "Questions and answers" });
  await expect(section.getByText("No questions answered yet.")).toBeVisible();
  await section.getByRole("button", { name: "Ask a question" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/p/${product.slug}`);
  await new AuthPages(page).fillSignIn(shopper.email, shopper.password);
  await page.waitForURL((url) => url.pathname === `/p/${product.slug}`);

  // Signed in: the form opens; too short is refused; the question is sent and waits for an answer.
  await section.getByRole("button", { name: "Ask a question" }).click();
  await expect(section.getByRole("button", { name: "Ask a question" })).toHaveAttribute("aria-expanded", "true");
  await section.getByLabel("Question", { exact: true }).fill("Hm?");
  await section.getByRole("button", { name: "Send question" }).click();
  await expect(section.getByText(/at least 5 characters/)).toBeVisible();
  const question = `Is the <b>handle</b> oven safe ${tag}?`;
  await section.getByLabel("Question", { exact: true }).fill(question);
  await section.getByRole("button", { name: "Send question" }).click();
  await expect(section.getByRole("status").filter({ hasText: "It will appear here once the store has answered it" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.reload();
  await expect(section.getByText(question)).toHaveCount(0);

  // The merchant sees the unanswered count in the nav and answers.
  const staffContext = await browser.newContext({ baseURL });
  const staffPage = await staffContext.newPage();
  const backOffice = new BackOffice(staffPage);
  await backOffice.signIn("staff", "/admin/questions");
  const navLink = backOffice.nav().getByRole("link", { name: "Questions", exact: true });
  await expect(navLink).toHaveAccessibleDescription(/^\d+ unanswered$/);
  await expect(navLink).toHaveAttribute("aria-current", "page");
  const item = staffPage.getByRole("article", { name: `Asked by Quinn A. about ${product.title}` });
  await expect(item.getByText(question)).toBeVisible();
  expect(await seriousA11yViolations(staffPage)).toEqual([]);
  await item.getByRole("button", { name: "Publish answer" }).click();
  await expect(item.getByText("Write the answer before publishing it.")).toBeVisible();
  const answer = `Yes, up to 260 °C ${tag}.`;
  await item.getByLabel("Answer", { exact: true }).fill(answer);
  await item.getByRole("button", { name: "Publish answer" }).click();
  await expect(
    staffPage.getByRole("status").filter({ hasText: "Answer published on the product page. The shopper was e-mailed." }),
  ).toBeVisible();
  await expect(item).toHaveCount(0);
  await staffPage.getByRole("link", { name: "Answered", exact: true }).click();
  await expect(item.getByText("Published answer")).toBeVisible();
  await expect(item.getByLabel("Answer", { exact: true })).toHaveValue(answer);
  await staffContext.close();

  // The shopper sees the answer on the (cached) product page, as text, and got the e-mail.
  await page.goto(`/p/${product.slug}`);
  const shown = section.getByRole("article", { name: "Asked by Quinn A." });
  await expect(shown.getByText(question)).toBeVisible();
  await expect(shown.getByRole("region", { name: "Answer from the store" }).getByText(answer)).toBeVisible();
  await expect(shown.locator("b")).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
  const mail = await waitForMailTo(shopper.email, "question-answered");
  expect(mail.subject).toBe(`Your question about ${product.title} was answered`);
  expect(mail.text).toContain(answer);
  expect(mail.text).toContain(`/p/${product.slug}`);
});

test("staff hide a question: it leaves the product page and waits under Hidden", async ({ page, backOffice }) => {
  const tag = Date.now().toString(36);
  const product = await quietProduct();
  const asker = await createAccount("Hana Hidden");
  const [row] = await testDb()`
    insert into product_questions (product_id, user_id, asker_name, question, answer, answered_at, status)
    select id, ${asker.id}, 'Hana H.', ${`Spam question ${tag}`}, 'Answer', now(), 'answered' from products where slug = ${product.slug}
    returning id`;
  await backOffice.signIn("staff", "/admin/questions?status=answered");
  const item = page.locator(`#question-${row!.id as number}`);
  await item.getByRole("button", { name: "Hide question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question hidden from the shop." })).toBeVisible();
  await expect(item).toHaveCount(0);
  await page.getByRole("link", { name: "Hidden", exact: true }).click();
  await expect(item.getByRole("button", { name: "Show question" })).toBeVisible();
  await expect(item.getByRole("button", { name: "Publish answer" })).toHaveCount(0);
  await page.goto(`/p/${product.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: product.title })).toBeVisible();
  await expect(page.getByText(`Spam question ${tag}`)).toHaveCount(0);
});

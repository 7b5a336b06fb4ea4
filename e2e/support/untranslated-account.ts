import type { Page } from "@playwright/test";
import { englishTexts } from "./untranslated";

/** The namespaces of the sign-in pages, the account area and the e-mails. */
export const ACCOUNT_NAMESPACES = ["auth", "authForms", "account", "accountForms", "favourites", "loyalty"];

/**
 * English messages of the account namespaces on the page's main content and title (the header and
 * footer belong to other namespaces). Whole words, case-sensitive, as untranslatedMessages().
 */
export async function untranslatedAccountMessages(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    const attrs = [...main.querySelectorAll("[aria-label],[placeholder],[title],img[alt]")].flatMap((el) =>
      ["aria-label", "placeholder", "title", "alt"].map((a) => el.getAttribute(a) ?? ""),
    );
    return [document.title, main.innerText, ...attrs].join("\n");
  });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return englishTexts(ACCOUNT_NAMESPACES)
    .filter(({ text: t }) => new RegExp(`(^|[^\\p{L}])${escape(t)}($|[^\\p{L}])`, "u").test(text))
    .map(({ key, text: t }) => `${key}: ${t}`);
}

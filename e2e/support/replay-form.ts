import type { APIRequestContext, APIResponse, Locator, Page } from "@playwright/test";

/**
 * The fields a form would post (Next's hidden server-action fields included),
 * read from a page where the form is shown, e.g. to an admin.
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  return form.evaluate((el) => {
    const out: Record<string, string> = {};
    // A loop, not forEach: a page with JavaScript disabled cannot run callbacks.
    for (const [k, v] of new FormData(el as HTMLFormElement)) if (typeof v === "string") out[k] = v;
    return out;
  });
}

/**
 * Posts those fields to `url` as the form would without JavaScript, from another
 * browser context (a shopper's, or nobody's): for access tests that call a
 * back-office action directly. `overrides` change or add fields (a file too, for uploads).
 */
export type ReplayFile = { name: string; mimeType: string; buffer: Buffer };

export async function replayForm(
  request: APIRequestContext,
  url: string,
  fields: Record<string, string>,
  overrides: Record<string, string | ReplayFile> = {},
): Promise<APIResponse> {
  const origin = new URL(url).origin;
  return request.post(url, { multipart: { ...fields, ...overrides }, headers: { origin }, maxRedirects: 0 });
}

/**
 * The fields of the form named `formName` on `path` as the server rendered them,
 * read in a JavaScript-free copy of `page`'s session: once React hydrates a form
 * whose action is a client function, Next's hidden action fields are gone from
 * the live DOM, so `formFields` on a hydrated page finds none to replay.
 */
export async function serverFormFields(page: Page, path: string, formName: string): Promise<Record<string, string>> {
  const browser = page.context().browser();
  if (!browser) throw new Error("serverFormFields needs a page from a launched browser");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: new URL(page.url()).origin });
  try {
    const copy = await context.newPage();
    await copy.goto(path);
    return await formFields(copy.getByRole("form", { name: formName }));
  } finally {
    await context.close();
  }
}

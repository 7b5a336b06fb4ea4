import type { APIRequestContext, APIResponse, Browser, Locator, Page } from "@playwright/test";

/**
 * The fields a form would post (Next's hidden server-action fields included),
 * read from a page where the form is shown, e.g. to an admin. The page must be
 * rendered without JavaScript (see `pageWithoutJavaScript`): once React hydrates
 * a form it drops Next's hidden `$ACTION_…` fields, and a replay without them is
 * not an action call at all (Next answers 400), which would make an access test pass for nothing.
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  const fields = await form.evaluate((el) => {
    const out: Record<string, string> = {};
    // A for-of, not forEach: a page without JavaScript cannot run callbacks passed to the DOM.
    for (const [k, v] of new FormData(el as HTMLFormElement).entries()) if (typeof v === "string") out[k] = v;
    return out;
  });
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) {
    throw new Error("This form has no server-action fields: read it from a page opened with pageWithoutJavaScript().");
  }
  return fields;
}

/** `url` opened in a new context without JavaScript, signed in as `signedIn`'s context is; close its context when done. */
export async function pageWithoutJavaScript(browser: Browser, signedIn: Page, url: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Posts those fields to `url` as the form would without JavaScript, from another
 * browser context (a shopper's, or nobody's): for access tests that call a
 * back-office action directly. `overrides` change or add fields.
 */
export async function replayForm(request: APIRequestContext, url: string, fields: Record<string, string>, overrides: Record<string, string> = {}): Promise<APIResponse> {
  const origin = new URL(url).origin;
  return request.post(url, { multipart: { ...fields, ...overrides }, headers: { origin }, maxRedirects: 0 });
}

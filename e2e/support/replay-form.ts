import type { APIRequestContext, APIResponse, Browser, Locator, Page } from "@playwright/test";

/**
 * The fields a form would post (Next's hidden server-action fields included),
 * read from a page where the form is shown, e.g. to an admin. Once React has
 * hydrated, the form no longer holds Next's `$ACTION_…` fields (they exist for
 * the no-JavaScript post only), so they are read from the server-rendered twin
 * of the form: the same page fetched again in the same session. Throws when
 * there are none, so an access test can never pass by posting nothing.
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  const fields = await form.evaluate(async (el) => {
    const out: Record<string, string> = {};
    // A loop, not forEach: a page with JavaScript disabled cannot run callbacks.
    for (const [k, v] of new FormData(el as HTMLFormElement)) if (typeof v === "string") out[k] = v;
    if (Object.keys(out).some((k) => k.startsWith("$ACTION"))) return out;
    const html = await (await fetch(location.href, { credentials: "same-origin" })).text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    const label = el.getAttribute("aria-label");
    const twin = label
      ? [...doc.querySelectorAll("form")].find((f) => f.getAttribute("aria-label") === label)
      : doc.querySelectorAll("form")[[...document.querySelectorAll("form")].indexOf(el as HTMLFormElement)];
    for (const i of twin?.querySelectorAll<HTMLInputElement>('input[type="hidden"][name^="$ACTION"]') ?? []) out[i.name] = i.value;
    return out;
  });
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) {
    throw new Error("The form has no server-action fields: open its page with page.goto() (a full load) before reading them.");
  }
  return fields;
}

export type ReplayFile = { name: string; mimeType: string; buffer: Buffer };

/**
 * Posts those fields to `url` as the form would without JavaScript, from another
 * browser context (a shopper's, or nobody's): for access tests that call a
 * back-office action directly. `overrides` change or add fields (a file too, for uploads).
 */
export async function replayForm(
  request: APIRequestContext,
  url: string,
  fields: Record<string, string>,
  overrides: Record<string, string | ReplayFile> = {},
): Promise<APIResponse> {
  const origin = new URL(url).origin;
  return request.post(url, { multipart: { ...fields, ...overrides }, headers: { origin }, maxRedirects: 0 });
}

/** `url` opened in a new context without JavaScript, signed in as `signedIn`'s context is; close its context when done. */
export async function pageWithoutJavaScript(browser: Browser, signedIn: Page, url: string): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signedIn.context().storageState(),
    baseURL: new URL(signedIn.url()).origin,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * The fields of the form named `formName` on `path` as the server rendered them,
 * read in a JavaScript-free copy of `page`'s session.
 */
export async function serverFormFields(page: Page, path: string, formName: string): Promise<Record<string, string>> {
  const browser = page.context().browser();
  if (!browser) throw new Error("serverFormFields needs a page from a launched browser");
  const copy = await pageWithoutJavaScript(browser, page, path);
  try {
    return await formFields(copy.getByRole("form", { name: formName }));
  } finally {
    await copy.context().close();
  }
}

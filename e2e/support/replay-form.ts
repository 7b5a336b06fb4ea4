import type { APIRequestContext, APIResponse, Locator } from "@playwright/test";

/**
 * The fields a form would post (Next's hidden server-action fields included),
 * read from a page where the form is shown, e.g. to an admin. The page must have
 * been loaded in full (page.goto), not reached by a client-side navigation.
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  const fields = await form.evaluate((el) => {
    const out: Record<string, string> = {};
    new FormData(el as HTMLFormElement).forEach((v, k) => {
      if (typeof v === "string") out[k] = v;
    });
    return out;
  });
  // React writes the action's hidden fields only into server-rendered HTML, not into a form rendered after a client-side navigation.
  if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) {
    throw new Error("The form has no server-action fields: open its page with page.goto() (a full load) before reading them.");
  }
  return fields;
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

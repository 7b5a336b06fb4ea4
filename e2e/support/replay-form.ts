import type { APIRequestContext, APIResponse, Locator } from "@playwright/test";

/**
 * The fields a form would post (Next's hidden server-action fields included),
 * read from a page where the form is shown, e.g. to an admin.
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  return form.evaluate((el) => {
    const out: Record<string, string> = {};
    new FormData(el as HTMLFormElement).forEach((v, k) => {
      if (typeof v === "string") out[k] = v;
    });
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

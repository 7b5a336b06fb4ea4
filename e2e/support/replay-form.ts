import type { APIRequestContext, APIResponse, Locator } from "@playwright/test";

/**
 * The fields a form would post (Next's hidden server-action fields included),
 * read from a page where the form is shown, e.g. to an admin. Once React has
 * hydrated, the form no longer holds Next's `$ACTION_…` fields (they exist for
 * the no-JavaScript post only), so they are read from the server-rendered twin
 * of the form: the same page fetched again in the same session.
 */
export async function formFields(form: Locator): Promise<Record<string, string>> {
  return form.evaluate(async (el) => {
    const out: Record<string, string> = {};
    new FormData(el as HTMLFormElement).forEach((v, k) => {
      if (typeof v === "string") out[k] = v;
    });
    if (Object.keys(out).some((k) => k.startsWith("$ACTION"))) return out;
    const html = await (await fetch(location.href, { credentials: "same-origin" })).text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    const label = el.getAttribute("aria-label");
    const twin = label
      ? [...doc.querySelectorAll("form")].find((f) => f.getAttribute("aria-label") === label)
      : doc.querySelectorAll("form")[[...document.querySelectorAll("form")].indexOf(el as HTMLFormElement)];
    twin?.querySelectorAll<HTMLInputElement>('input[type="hidden"][name^="$ACTION"]').forEach((i) => {
      out[i.name] = i.value;
    });
    return out;
  });
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

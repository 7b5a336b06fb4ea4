import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const read = (locale: string, namespace: string) =>
  flatten(JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${namespace}.json`), "utf8")) as Tree);

/** The literal text of an ICU message outside its {arguments}: "Removed “{q}” from history" → ["Removed “", "” from history"]. */
function literals(message: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of message) {
    if (ch === "{") {
      if (depth === 0) parts.push(current);
      current = "";
      depth++;
    } else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The English texts of `namespaces` (messages/en/<ns>.json) worth looking for on a translated page:
 * literal parts with a letter, longer than 3 characters, and not the same as in `locale`.
 */
export function englishTexts(namespaces: string[], locale = "zh-CN"): { key: string; text: string }[] {
  const key = `${locale}:${namespaces.join(",")}`;
  let texts = englishTextsRead.get(key);
  if (!texts) englishTextsRead.set(key, (texts = readEnglishTexts(namespaces, locale)));
  return texts;
}

/** englishTexts by locale and namespaces: the message files do not change during a run, and a crawl asks on every page. */
const englishTextsRead = new Map<string, { key: string; text: string }[]>();

function readEnglishTexts(namespaces: string[], locale: string): { key: string; text: string }[] {
  return namespaces.flatMap((ns) => {
    const translated = read(locale, ns);
    return [...read("en", ns)].flatMap(([key, en]) => {
      const other = translated.get(key);
      return literals(en)
        .filter((text) => /\p{L}/u.test(text) && text.length > 3 && !(other ?? "").includes(text))
        .map((text) => ({ key: `${ns}.${key}`, text }));
    });
  });
}

/**
 * English messages of `namespaces` that show on the page: in its visible text, or in an accessible name,
 * placeholder or title. Whole words only, case-sensitive ("Sort" is not found in "Sorting hat").
 * `catalog`: the catalog's own text (names, titles, descriptions from the database, which stay as entered);
 * a message that also occurs in it cannot be told apart from data on the page, so it is not looked for.
 * `ignore` lists texts that legitimately appear (another area's words, e.g. in the header).
 */
export async function untranslatedMessages(
  page: Page,
  namespaces: string[],
  { catalog = "", ignore = [] }: { catalog?: string; ignore?: string[] } = {},
): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll("[aria-label],[placeholder],[title],img[alt]")].flatMap((el) =>
      ["aria-label", "placeholder", "title", "alt"].map((a) => el.getAttribute(a) ?? ""),
    );
    return [document.title, document.body.innerText, ...attrs].join("\n");
  });
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = (t: string, where: string) => new RegExp(`(^|[^\\p{L}])${escape(t)}($|[^\\p{L}])`, "u").test(where);
  // On the page first: a few texts are, and only those are looked for in the catalog, which holds every product row.
  return englishTexts(namespaces)
    .filter(({ text: t }) => !ignore.includes(t) && found(t, text) && !found(t, catalog))
    .map(({ key, text: t }) => `${key}: ${t}`);
}

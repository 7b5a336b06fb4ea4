/** What became of one line of an old order when it was bought again. */
export type BuyAgainOutcome = "added" | "clamped" | "unavailable" | "out-of-stock";

export type BuyAgainLine = { lineId: number; title: string; outcome: BuyAgainOutcome };

const OUTCOMES: readonly BuyAgainOutcome[] = ["added", "clamped", "unavailable", "out-of-stock"];

/**
 * The /cart URL after Buy again: the order number and each line's outcome by id
 * (`added=1,2&unavailable=3`), never free text, so nobody can put words on the cart page.
 */
export function buyAgainHref(number: string, lines: Pick<BuyAgainLine, "lineId" | "outcome">[]): string {
  const qs = new URLSearchParams({ "bought-again": number });
  for (const outcome of OUTCOMES) {
    const ids = lines.filter((l) => l.outcome === outcome).map((l) => l.lineId);
    if (ids.length) qs.set(outcome, ids.join(","));
  }
  return `/cart?${qs.toString()}`;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The order number and line outcomes read back from the cart's URL; null when it carries none (or nonsense). */
export function parseBuyAgainParams(params: Raw): { number: string; outcomes: Map<number, BuyAgainOutcome> } | null {
  const number = one(params["bought-again"])?.trim();
  if (!number || number.length > 40) return null;
  const outcomes = new Map<number, BuyAgainOutcome>();
  for (const outcome of OUTCOMES) {
    for (const part of (one(params[outcome]) ?? "").split(",").slice(0, 100)) {
      const id = Number(part);
      if (part && Number.isSafeInteger(id) && id > 0) outcomes.set(id, outcome);
    }
  }
  return outcomes.size ? { number, outcomes } : null;
}

const list = (titles: string[]) => titles.join(", ");

/** The sentences shown on the cart: what was added (clamped lines say so) and what could not be, and why. */
export function buyAgainMessage(number: string, lines: BuyAgainLine[]): { added: string | null; notAdded: string | null } {
  const added = lines.filter((l) => l.outcome === "added" || l.outcome === "clamped");
  const gone = lines.filter((l) => l.outcome === "unavailable").map((l) => `${l.title} (no longer sold)`);
  const out = lines.filter((l) => l.outcome === "out-of-stock").map((l) => `${l.title} (out of stock)`);
  const addedTitles = added.map((l) => (l.outcome === "clamped" ? `${l.title} (fewer than before: limited stock)` : l.title));
  return {
    added: added.length ? `Added to your cart from order ${number}: ${list(addedTitles)}.` : null,
    notAdded: gone.length + out.length ? `Could not be added: ${list([...gone, ...out])}.` : null,
  };
}

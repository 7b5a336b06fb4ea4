import type { ProductQuestionStatus } from "@/db/schema";

export const QUESTION_MIN_LENGTH = 5;
export const QUESTION_MAX_LENGTH = 1000;
export const ANSWER_MAX_LENGTH = 2000;

/** Length of text as a person counts it (characters, not UTF-16 units), after trimming. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

/** Who is asking: only a signed-in account that is not disabled may ask. */
export type Asker = { id: string; disabled?: boolean } | null;

export type AskVerdict = { ok: true } | { ok: false; reason: "sign-in" | "product-unavailable" };

/** May this person ask about this product? Signed-in shoppers, about a product on sale (active). */
export function canAsk(asker: Asker, product: { status: string } | null): AskVerdict {
  if (!asker || asker.disabled) return { ok: false, reason: "sign-in" };
  if (!product || product.status !== "active") return { ok: false, reason: "product-unavailable" };
  return { ok: true };
}

export const ASK_REFUSALS: Record<Exclude<AskVerdict, { ok: true }>["reason"], string> = {
  "sign-in": "Sign in to ask a question.",
  "product-unavailable": "This product is no longer sold, so questions about it are closed.",
};

/**
 * The name shown with a question: the first name and the initial of the last
 * ("Ann B."), the first name alone, or "A shopper" when the account has no name.
 * Never the e-mail address.
 */
export function askerDisplayName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "A shopper";
  const first = words[0]!;
  if (first.includes("@")) return "A shopper";
  const last = words.length > 1 ? words[words.length - 1]! : "";
  const initial = last ? [...last][0]!.toUpperCase() : "";
  return initial ? `${first} ${initial}.` : first;
}

/** Which moves staff may make from each state: answer (or edit an answer), hide, or show again (back to its earlier state). */
export function canAnswer(status: ProductQuestionStatus): boolean {
  return status === "pending" || status === "answered";
}

/** A hidden question comes back as answered when it had an answer, else as pending. */
export function statusWhenShown(answer: string | null): ProductQuestionStatus {
  return answer ? "answered" : "pending";
}

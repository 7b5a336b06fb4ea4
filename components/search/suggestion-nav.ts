/** Pure helpers for the search box combobox: when to ask for suggestions, and what a key press means. */

const HAN = /\p{Script=Han}/u;

/** Suggest once the trimmed query has ≥2 characters, or ≥1 when it contains a Chinese (Han) character. */
export function isSuggestable(query: string): boolean {
  const q = query.trim();
  return [...q].length >= 2 || (q.length > 0 && HAN.test(q));
}

/** Next highlight index moving by `step` among `count` options, wrapping; -1 (nothing) when empty. */
export function wrapIndex(current: number, count: number, step: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}

export type NavContext = {
  /** the listbox is showing */
  open: boolean;
  /** highlighted option index, -1 for none */
  active: number;
  /** selectable options available (0 when nothing has been fetched) */
  count: number;
  /** the field has text */
  hasText: boolean;
};

export type NavIntent =
  | { type: "none" }
  | { type: "highlight"; index: number } // open the list (if closed) and highlight index
  | { type: "choose"; index: number }
  | { type: "close" }
  | { type: "clear" };

const NONE: NavIntent = { type: "none" };

/**
 * What a key press on the combobox input means. "none" leaves the browser default alone (typing,
 * Home/End, Enter submitting the form); during IME composition every key belongs to the IME.
 */
export function navIntent(key: string, ctx: NavContext, composing = false): NavIntent {
  if (composing) return NONE;
  switch (key) {
    case "ArrowDown":
    case "ArrowUp": {
      if (ctx.count <= 0) return NONE;
      const step = key === "ArrowDown" ? 1 : -1;
      const index = ctx.open ? wrapIndex(ctx.active, ctx.count, step) : step > 0 ? 0 : ctx.count - 1;
      return { type: "highlight", index };
    }
    case "Enter":
      return ctx.open && ctx.active >= 0 && ctx.active < ctx.count ? { type: "choose", index: ctx.active } : NONE;
    case "Escape":
      if (ctx.open) return { type: "close" };
      return ctx.hasText ? { type: "clear" } : NONE;
    case "Tab":
      return ctx.open ? { type: "close" } : NONE;
    default:
      return NONE;
  }
}

/** Who an action admits: staff (or admins), signed-in shoppers, or anyone (on purpose). */
export type ActionKind = "staff" | "shopper" | "public";

/** Set by the builders on every action they return; the actions test refuses an export without it. */
export const ACTION_KIND = Symbol.for("mercato.action-kind");

export function brandAction<F extends (...args: never[]) => Promise<unknown>>(action: F, kind: ActionKind): F {
  Object.defineProperty(action, ACTION_KIND, { value: kind, enumerable: false });
  return action;
}

/** The kind an action was built as, or null for a function no builder made. */
export function actionKindOf(value: unknown): ActionKind | null {
  if (typeof value !== "function") return null;
  return (value as { [ACTION_KIND]?: ActionKind })[ACTION_KIND] ?? null;
}

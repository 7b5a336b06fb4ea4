/** Pre-orders (商品预约): what a variant on pre-order may still sell, and how the promise reads. Pure, no I/O. */

export type PreorderTerms = { preorderShipsOn: string | null; preorderCap: number | null; preorderBacklog: number };

/** Units a variant may still take on pre-order (0 when it is not on pre-order or the limit is reached). */
export function preorderRoom(v: PreorderTerms): number {
  if (v.preorderShipsOn === null || v.preorderCap === null) return 0;
  return Math.max(0, v.preorderCap - v.preorderBacklog);
}

/**
 * The most one cart line may hold: a line is served from stock when stock covers it
 * whole, else on pre-order when the limit leaves room for it whole (checkout's rule).
 */
export function purchasableQuantity(v: PreorderTerms & { stock: number }): number {
  return Math.max(v.stock, preorderRoom(v));
}

/** Whether a line of `quantity` units would be a pre-order line rather than taken from stock. */
export function isPreorderLine(v: PreorderTerms & { stock: number }, quantity: number): boolean {
  return v.stock < quantity && preorderRoom(v) >= quantity;
}

/** Today's calendar day in UTC, as YYYY-MM-DD (the ships-from dates are calendar days). */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** "2027-01-15" → "Jan 15, 2027", read as a calendar day (no time zone shift). */
export function formatShipsOn(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** What the product page, cart and order say about a pre-order. */
export function preorderLabel(isoDate: string): string {
  return `Pre-order — ships from ${formatShipsOn(isoDate)}`;
}

export type PreorderFields = { shipsOn: string | null; cap: number | null };

/** Both fields or neither: the error a merchant can act on, or null. */
export function preorderPairError({ shipsOn, cap }: PreorderFields): { field: "preorderShipsOn" | "preorderCap"; message: string } | null {
  if (shipsOn !== null && cap === null) return { field: "preorderCap", message: "Enter a pre-order limit, or clear the ships-from date." };
  if (shipsOn === null && cap !== null)
    return { field: "preorderShipsOn", message: "Enter the date pre-orders ship from, or clear the pre-order limit." };
  return null;
}

/**
 * The back office's pre-order fields for one variant, against what is saved: both or
 * neither, a new date not in the past (`today` as YYYY-MM-DD; a date already saved may
 * pass while its stock is late), a limit no lower than what already waits. Returns the
 * error a merchant can act on, or null.
 */
export function preorderFieldsError(
  fields: PreorderFields,
  saved: { backlog: number; shipsOn: string | null },
  today: string,
): string | null {
  const pair = preorderPairError(fields);
  if (pair) return pair.message;
  const { shipsOn, cap } = fields;
  const { backlog } = saved;
  if (shipsOn === null || cap === null) {
    return backlog > 0
      ? `${backlog} units still wait on pre-order: keep the pre-order (set the limit to ${backlog} to stop taking new ones).`
      : null;
  }
  if (shipsOn < today && shipsOn !== saved.shipsOn)
    return `The ships-from date ${formatShipsOn(shipsOn)} is in the past: choose today or later.`;
  if (cap < 1) return "The pre-order limit must be at least 1.";
  if (cap < backlog) return `${backlog} units already wait on pre-order: set the limit to ${backlog} or more.`;
  return null;
}

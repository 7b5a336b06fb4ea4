import { day, first, type RawOrderParams } from "@/lib/orders/list-params";
import type { InstantRange } from "./queries";

/** A report's `from`/`to` (YYYY-MM-DD, UTC days, both included, either may be left out), as the lists read them. */
export type DayRange = { from?: string; to?: string; instants: InstantRange };

export function parseDayRange(params: RawOrderParams): DayRange {
  const fromText = first(params.from);
  const toText = first(params.to);
  const from = day(fromText);
  const until = day(toText, 1);
  return { from: from ? fromText : undefined, to: until ? toText : undefined, instants: { from, until } };
}

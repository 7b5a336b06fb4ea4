import { formatSaleTime } from "@/lib/promotions/flash-sale-time";
import { Countdown } from "./countdown";

/** "Ends Wed 2 Dec, 20:30 UTC" in a `<time>` (plain text without JavaScript) and the live countdown beside it. */
export function SaleTime({ at, kind, serverNow }: { at: string; kind: "ends" | "starts"; serverNow?: string }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span>
        {kind === "ends" ? "Ends" : "Starts"} <time dateTime={at}>{formatSaleTime(at)}</time>
      </span>
      <Countdown until={at} kind={kind} serverNow={serverNow} />
    </span>
  );
}

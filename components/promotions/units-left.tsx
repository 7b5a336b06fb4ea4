import { useTranslations } from "next-intl";

/** "12 left" or "Sold out" for a flash sale's cap (not the variant's stock). */
export function UnitsLeft({ remaining }: { remaining: number }) {
  const t = useTranslations("deals.units");
  return remaining > 0 ? (
    <span className="font-medium text-rose-700">{t("left", { count: remaining })}</span>
  ) : (
    <span className="font-medium text-zinc-500">{t("soldOut")}</span>
  );
}

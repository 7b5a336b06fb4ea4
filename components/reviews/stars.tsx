import { useTranslations } from "next-intl";

/** A star rating drawn for the eye, read as "4 out of 5 stars". */
export function Stars({ rating, size = "sm" }: { rating: number; size?: "sm" | "lg" }) {
  const t = useTranslations("reviews");
  const full = Math.round(rating);
  return (
    <span className={`inline-flex items-center ${size === "lg" ? "text-xl" : "text-sm"}`}>
      <span aria-hidden="true" className="tracking-tight text-amber-500">
        {"★".repeat(full)}
        <span className="text-zinc-300">{"★".repeat(5 - full)}</span>
      </span>
      <span className="sr-only">{t("outOfFiveStars", { rating })}</span>
    </span>
  );
}

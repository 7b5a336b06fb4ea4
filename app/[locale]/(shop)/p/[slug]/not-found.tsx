import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function ProductNotFound() {
  const t = useTranslations("product.notFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="text-zinc-600">{t("body")}</p>
      <Link href="/search?sort=popular" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
        {t("browse")}
      </Link>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Previous/next and nearby page links; `href(page)` builds each URL. */
export async function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("listing.pagination");
  const nearby = [page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount);
  const link = "rounded-lg border border-zinc-300 px-3 py-2 hover:bg-zinc-100";
  return (
    <nav aria-label={t("label")} className="mt-10 flex flex-wrap items-center justify-center gap-2 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} aria-label={t("previous")} rel="prev" className={link}>
          ← {t("previousShort")}
        </Link>
      )}
      {nearby.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className="rounded-lg bg-zinc-900 px-3 py-2 font-medium text-white">
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} aria-label={t("page", { page: p })} className={link}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount && (
        <Link href={href(page + 1)} aria-label={t("next")} rel="next" className={link}>
          {t("nextShort")} →
        </Link>
      )}
      <span className="w-full text-center text-zinc-500">{t("pageOf", { page, pageCount })}</span>
    </nav>
  );
}

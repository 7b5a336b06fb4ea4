import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { Banner } from "@/lib/catalog/types";

/** Banners side by side in a scroll-snapping strip: swipeable on phones, no script needed. */
export async function BannerCarousel({ banners }: { banners: Banner[] }) {
  const t = await getTranslations("layout.banners");
  return (
    <section aria-label={t("label")} className="-mx-4 flex snap-x snap-mandatory gap-4 overflow-x-auto px-4 pb-2 sm:mx-0 sm:px-0">
      {banners.map((b, i) => (
        <Link
          key={b.id}
          href={b.linkUrl}
          className="relative aspect-[16/7] w-[90%] flex-none snap-start overflow-hidden rounded-2xl bg-zinc-200 sm:aspect-[16/6] sm:w-full"
        >
          <img
            src={b.imageUrl}
            alt=""
            width={1600}
            height={600}
            loading={i === 0 ? "eager" : "lazy"}
            fetchPriority={i === 0 ? "high" : undefined}
            className="absolute inset-0 h-full w-full object-cover"
          />
          <span className="relative flex h-full max-w-md flex-col justify-center gap-2 p-6 sm:p-10">
            <span className="text-2xl font-bold text-zinc-950 sm:text-4xl">{b.title}</span>
            {b.subtitle && <span className="text-sm text-zinc-800 sm:text-base">{b.subtitle}</span>}
            <span className="mt-2 w-fit rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white">{t("shopNow")}</span>
          </span>
        </Link>
      ))}
    </section>
  );
}

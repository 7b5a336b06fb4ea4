import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { getVariantHistory, storeLowStockThreshold } from "@/lib/inventory/queries";
import { AdjustForm } from "./_components/adjust-form";
import { LedgerTable } from "./_components/ledger-table";
import { ThresholdForm } from "./_components/threshold-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminInventory.variant"))("title") };
}

type Props = { params: Promise<{ variantId: string }> };

export default async function VariantInventoryPage({ params }: Props) {
  const { variantId } = await params;
  await requireStaffPage(`/admin/inventory/${encodeURIComponent(variantId)}`);
  const id = Number(variantId);
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) notFound();
  const [variant, storeDefault, t, locale] = await Promise.all([
    getVariantHistory(id),
    storeLowStockThreshold(),
    getTranslations("adminInventory.variant"),
    getLocale(),
  ]);
  if (!variant) notFound();
  const title = variant.variantTitle ? `${variant.productTitle} — ${variant.variantTitle}` : variant.productTitle;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/inventory" className="underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={title} description={t("sku", { sku: variant.sku })} />
      <dl className="grid max-w-xl grid-cols-3 gap-4 rounded-xl border border-zinc-200 bg-white p-4 text-sm">
        <div>
          <dt className="text-zinc-600">{t("inStock")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{variant.stock}</dd>
        </div>
        <div>
          <dt className="text-zinc-600">{t("threshold")}</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            {variant.threshold}
            {variant.ownThreshold === null && <span className="ml-1 text-xs font-normal text-zinc-500">{t("storeDefault")}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-zinc-600">{t("ledgerSum")}</dt>
          <dd className={`text-2xl font-semibold tabular-nums ${variant.ledgerSum === variant.stock ? "" : "text-rose-800"}`}>
            {variant.ledgerSum}
          </dd>
        </div>
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="adjust-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="adjust-heading" className="mb-3 text-lg font-semibold">
            {t("adjustHeading")}
          </h2>
          <AdjustForm variantId={variant.variantId} />
        </section>
        <section aria-labelledby="threshold-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="threshold-heading" className="mb-3 text-lg font-semibold">
            {t("lowHeading")}
          </h2>
          <ThresholdForm variantId={variant.variantId} own={variant.ownThreshold} storeDefault={storeDefault} />
        </section>
      </div>
      <section aria-labelledby="history-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">
          {t("historyHeading")}
        </h2>
        <LedgerTable rows={variant.rows} locale={locale} />
      </section>
    </div>
  );
}

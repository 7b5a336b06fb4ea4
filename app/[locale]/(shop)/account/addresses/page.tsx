import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AddressCard } from "@/components/account/address-card";
import { ConfirmEmailNotice } from "@/components/account/confirm-email-notice";
import { Notice } from "@/components/account/notice";
import { listAddresses } from "@/lib/addresses/queries";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("addresses.title") };
}

export default async function AddressesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account/addresses");
  const t = await getTranslations("account.addresses");
  // Saved addresses belong to whoever owns the e-mail: none are shown (or added) before it is proven.
  if (!user.emailVerified) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <ConfirmEmailNotice email={user.email} />
      </div>
    );
  }
  const [addresses, params] = await Promise.all([listAddresses(user.id), searchParams]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <Link href="/account/addresses/new" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          {t("add")}
        </Link>
      </div>
      <Notice code={params.notice} />
      {addresses.length === 0 ? (
        <p className="text-zinc-600">{t("empty")}</p>
      ) : (
        <ul aria-label={t("label")} className="grid gap-4 sm:grid-cols-2">
          {addresses.map((a) => (
            <li key={a.id}>
              <AddressCard address={a} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

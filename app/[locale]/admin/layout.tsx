import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { AlertBell } from "@/components/admin/alert-bell";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requestedPath } from "@/lib/auth/request-path";
import { requireStaffPage } from "@/lib/auth/staff";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";
import { storeName } from "@/lib/settings/store";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "admin" });
  return { title: { default: t("meta.title"), template: `%s · ${t("meta.title")}` }, robots: { index: false } };
}

// The layout keeps shoppers from seeing the frame; every page and action still checks the role itself.
export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireStaffPage(requestedPath(await headers(), "/admin"));
  const [name, t, common] = await Promise.all([
    storeName(),
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  // The back office's client components read their own namespaces, sent with admin pages only.
  return (
    <ClientMessages
      locale={locale}
      namespaces={[
        "adminOrders",
        "orderStatus",
        "catalogAdmin",
        "adminCustomers",
        "adminReviews",
        "adminQuestions",
        "adminReturns",
        "adminPromotions",
        "adminCoupons",
        "adminContent",
        "adminSettings",
        "adminProducts",
        "adminInventory",
        "adminCatalog",
        "adminAlerts",
        "adminPayments",
      ]}
    >
      <div className="flex min-h-screen flex-col bg-zinc-50">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-white focus:p-2">
          {common("skipToContent")}
        </a>
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3">
            <Link href="/admin" className="text-lg font-bold tracking-tight">
              {name} <span className="font-normal text-zinc-500">{t("backOffice")}</span>
            </Link>
            <div className="ml-auto flex items-center gap-4 text-sm">
              <AlertBell userId={user.id} />
              <Link href="/" className="text-zinc-700 hover:underline">
                {t("viewShop")}
              </Link>
              <Link href="/two-factor" className="text-zinc-700 hover:underline">
                {t("twoFactor")}
              </Link>
              <span className="text-zinc-500">
                {user.name || user.email} ({t(`role.${user.role}`)})
              </span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <div className="mx-auto grid w-full max-w-7xl flex-1 gap-6 px-4 py-6 md:grid-cols-[11rem_1fr] md:gap-8">
          <aside className="min-w-0">
            <AdminNav />
          </aside>
          <main id="main" className="min-w-0">
            {children}
          </main>
        </div>
      </div>
    </ClientMessages>
  );
}

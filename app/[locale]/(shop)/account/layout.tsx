import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("title"), robots: { index: false } };
}

// Every page below checks the session itself (requireUser): a layout is not re-run on every navigation.
export default async function AccountLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <ClientMessages locale={await pageLocale(params)} namespaces={["accountForms", "authForms", "phone", "address", "share.button"]}>
      <div className="grid gap-6 md:grid-cols-[12rem_1fr] md:gap-10">
        <aside>
          <AccountNav />
        </aside>
        <div className="min-w-0">{children}</div>
      </div>
    </ClientMessages>
  );
}

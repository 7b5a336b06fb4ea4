import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/server";
import { storeName } from "@/lib/settings/store";

/** The test gateway's own frame: it stands for an outside payment page, so no shop header or cart. */
export default async function TestGatewayLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("payment");
  return (
    <ClientMessages locale={locale} namespaces={["paymentForm"]}>
      <header className="border-b border-zinc-200 bg-zinc-50">
        <div className="mx-auto flex max-w-md items-center justify-between px-4 py-3 text-sm">
          <Link href="/" className="font-semibold">
            {await storeName()}
          </Link>
          <span className="text-zinc-600">{t("gateway")}</span>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-10">
        {children}
      </main>
    </ClientMessages>
  );
}

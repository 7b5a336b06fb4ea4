import { Link } from "@/lib/i18n/navigation";
import { storeName } from "@/lib/settings/store";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";

/** Sign-in, sign-up and password pages: the store's name and one centred card, nothing to distract. */
export default async function AuthLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <ClientMessages locale={locale} namespaces={["authForms", "phone"]}>
      <div className="flex flex-1 flex-col bg-zinc-50">
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto max-w-7xl px-4 py-3">
            <Link href="/" className="text-xl font-bold tracking-tight">
              {await storeName()}
            </Link>
          </div>
        </header>
        <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 sm:py-16">
          <div className="w-full max-w-md space-y-6 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">{children}</div>
        </main>
      </div>
    </ClientMessages>
  );
}

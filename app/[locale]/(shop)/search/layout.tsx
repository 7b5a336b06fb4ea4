import { ClientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";

/** Searches, cached (./v/[view]) or per request: their filters are the client part. */
export default async function SearchLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  return (
    <ClientMessages locale={await pageLocale(params)} namespaces={["listing.filters"]}>
      {children}
    </ClientMessages>
  );
}

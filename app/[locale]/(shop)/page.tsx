import { ClientMessages } from "@/lib/i18n/client-messages";
import { requestLocale } from "@/lib/i18n/server";
import { HomeView } from "./_components/home-view";

// Reached only when proxy.ts does not run; normally "/" is served from ./home/[edition].
export const dynamic = "force-dynamic";

export default async function HomePage() {
  return (
    <ClientMessages locale={await requestLocale()} namespaces={["product.price", "product.sections", "product.stock"]}>
      <HomeView />
    </ClientMessages>
  );
}

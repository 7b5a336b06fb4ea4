import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { requestLocale } from "@/lib/i18n/server";
import { TrackForm } from "./_components/track-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("track.meta");
  return { title: t("title"), robots: { index: false } };
}

// The action sets a per-visitor cookie; nothing here is worth caching.
export const dynamic = "force-dynamic";

export default async function TrackPage() {
  const t = await getTranslations("track");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 py-8">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("heading")}</h1>
      <p className="text-zinc-600">{t("intro")}</p>
      <ClientMessages locale={await requestLocale()} namespaces={["trackForm"]}>
        <TrackForm />
      </ClientMessages>
    </div>
  );
}

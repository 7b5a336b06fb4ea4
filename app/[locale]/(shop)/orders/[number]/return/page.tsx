import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { RETURN_ERRORS } from "@/lib/returns/messages";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getOrderForCurrentViewer } from "@/lib/orders/queries/viewer";
import { getReturnForm } from "@/lib/returns/queries";
import { formatDateTime } from "../_components/format";
import { ReturnForm } from "./_components/return-form";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("returns");
  return { title: t("heading"), robots: { index: false } };
}

type Props = { params: Promise<{ number: string }> };

/** The return form (退货/换货): who may change the order may return its items, within the store's window. */
export default async function ReturnPage({ params }: Props) {
  const { number } = await params;
  const order = await getOrderForCurrentViewer(decodeURIComponent(number));
  if (!order) notFound();
  const [form, t, locale] = await Promise.all([getReturnForm(order.id), getTranslations("returns"), requestLocale()]);
  if (!form) notFound();
  const returnable = form.lines.some((l) => l.returnable > 0);
  const refusal = !order.canChange
    ? t("page.viewOnly")
    : !form.window.open
      ? (await knownMessageTranslator(locale, RETURN_ERRORS))(form.window.reason)
      : !returnable
        ? t("page.allReturned")
        : null;
  return (
    <ClientMessages locale={locale} namespaces={["returnsForm"]}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
          <p className="text-zinc-700">
            {t.rich("page.fromOrder", {
              number: order.number,
              link: (chunks) => (
                <Link href={`/orders/${order.number}`} className="underline">
                  {chunks}
                </Link>
              ),
            })}
            {form.window.open && t("page.until", { date: formatDateTime(form.window.until, locale) })}
          </p>
        </div>
        {refusal ? (
          <p className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-zinc-800">{refusal}</p>
        ) : (
          <ReturnForm number={order.number} lines={form.lines} />
        )}
      </div>
    </ClientMessages>
  );
}

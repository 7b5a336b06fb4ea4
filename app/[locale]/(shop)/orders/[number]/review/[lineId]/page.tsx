import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/reviews/review-form";
import { FormStatus } from "@/components/ui/form-messages";
import { requireUser } from "@/lib/auth/session";
import { getReviewableLine } from "@/lib/reviews/queries";
import { reviewIdSchema } from "@/lib/reviews/schema";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviewForm.page");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ number: string; lineId: string }>; searchParams: Promise<{ posted?: string | string[] }> };

export default async function WriteReviewPage({ params, searchParams }: Props) {
  const [{ number, lineId }, { posted }] = await Promise.all([params, searchParams]);
  const here = `/orders/${encodeURIComponent(number)}/review/${encodeURIComponent(lineId)}`;
  const user = await requireUser(here);
  const id = reviewIdSchema.safeParse(lineId);
  // Someone else's order, a guessed number or a line of another order: the same 404.
  const found = id.success && number.length <= 40 ? await getReviewableLine(user.id, number, id.data) : null;
  if (!found) notFound();
  const { line, verdict } = found;
  const t = await getTranslations("reviewForm.page");
  const justPosted = posted === "1" && !verdict.ok && verdict.reason === "already-reviewed";
  return (
    <ClientMessages locale={await requestLocale()} namespaces={["reviewForm"]}>
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-zinc-700">
            <span className="font-medium">{line.productTitle}</span>
            {line.variantTitle && <span className="text-zinc-500"> · {line.variantTitle}</span>}
            <span className="text-zinc-500"> · {t("fromOrder")} </span>
            <Link href={`/orders/${line.orderNumber}`} className="underline">
              {line.orderNumber}
            </Link>
          </p>
        </div>
        {justPosted ? (
          <div className="flex flex-col gap-3">
            <FormStatus>{t("thanks")}</FormStatus>
            <Link href={`/p/${line.productSlug}`} className="w-fit font-medium underline">
              {t("see", { product: line.productTitle })}
            </Link>
          </div>
        ) : verdict.ok ? (
          <ReviewForm lineId={line.lineId} returnTo={here} />
        ) : (
          <div className="flex flex-col gap-3">
            <p className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-zinc-800">{t(`refusal.${verdict.reason}`)}</p>
            {line.productId !== null && (
              <Link href={`/p/${line.productSlug}`} className="underline">
                {t("back", { product: line.productTitle })}
              </Link>
            )}
          </div>
        )}
      </div>
    </ClientMessages>
  );
}

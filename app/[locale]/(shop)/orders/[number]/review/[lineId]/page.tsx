import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/reviews/review-form";
import { FormStatus } from "@/components/ui/form-messages";
import { requireUser } from "@/lib/auth/session";
import { getReviewableLine } from "@/lib/reviews/queries";
import { REFUSALS } from "@/lib/reviews/rules";
import { reviewIdSchema } from "@/lib/reviews/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Write a review", robots: { index: false } };

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
  const justPosted = posted === "1" && !verdict.ok && verdict.reason === "already-reviewed";
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight">Write a review</h1>
        <p className="text-zinc-700">
          <span className="font-medium">{line.productTitle}</span>
          {line.variantTitle && <span className="text-zinc-500"> · {line.variantTitle}</span>}
          <span className="text-zinc-500"> · from order </span>
          <Link href={`/orders/${line.orderNumber}`} className="underline">
            {line.orderNumber}
          </Link>
        </p>
      </div>
      {justPosted ? (
        <div className="flex flex-col gap-3">
          <FormStatus>Thank you! Your review is published.</FormStatus>
          <Link href={`/p/${line.productSlug}`} className="w-fit font-medium underline">
            See {line.productTitle}
          </Link>
        </div>
      ) : verdict.ok ? (
        <ReviewForm lineId={line.lineId} returnTo={here} />
      ) : (
        <div className="flex flex-col gap-3">
          <p className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-zinc-800">{REFUSALS[verdict.reason]}</p>
          {line.productId !== null && (
            <Link href={`/p/${line.productSlug}`} className="underline">
              Back to {line.productTitle}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}

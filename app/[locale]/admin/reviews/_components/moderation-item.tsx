import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { InlineAction } from "@/components/admin/inline-action";
import { Stars } from "@/components/reviews/stars";
import { StoreReply } from "@/components/reviews/store-reply";
import { removeReviewReplyAction, setReviewStatusAction } from "@/lib/reviews/admin/actions";
import type { AdminReview } from "@/lib/reviews/admin/queries";
import { ReplyForm } from "./reply-form";

/** One review in the moderation list: what shoppers see, its state, and the merchant's actions. */
export function ModerationItem({ review }: { review: AdminReview }) {
  const t = useTranslations("adminReviews");
  const locale = useLocale();
  const hidden = review.status === "hidden";
  return (
    <article
      aria-label={t("item.label", { author: review.author, product: review.product.title })}
      className={`flex flex-col gap-3 rounded-xl border p-4 ${hidden ? "border-zinc-300 bg-zinc-100" : "border-zinc-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Link href={`/p/${review.product.slug}`} className="font-semibold underline">
          {review.product.title}
        </Link>
        <Stars rating={review.rating} />
        <span className="font-medium">{review.author}</span>
        <time dateTime={review.createdAt} className="text-zinc-500">
          {formatDateTime(new Date(review.createdAt), locale)}
        </time>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${hidden ? "bg-zinc-700 text-white" : "bg-emerald-100 text-emerald-900"}`}
        >
          {hidden ? t("status.hidden") : t("status.published")}
        </span>
      </div>
      <p className="whitespace-pre-line break-words text-zinc-800">{review.body}</p>
      {review.reply && <StoreReply reply={review.reply} />}
      <div className="flex flex-wrap items-start gap-3">
        <InlineAction
          action={setReviewStatusAction}
          fields={{ reviewId: String(review.id), status: hidden ? "published" : "hidden" }}
          label={hidden ? t("item.show") : t("item.hide")}
        />
        {review.reply && (
          <InlineAction action={removeReviewReplyAction} fields={{ reviewId: String(review.id) }} label={t("item.removeReply")} />
        )}
      </div>
      <ReplyForm
        reviewId={review.id}
        reply={review.reply?.text ?? null}
        summary={review.reply ? t("item.editReply") : t("item.writeReply")}
      />
    </article>
  );
}

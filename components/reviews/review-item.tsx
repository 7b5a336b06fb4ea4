import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ReviewView } from "@/lib/reviews/types";
import { Stars } from "./stars";
import { StoreReply } from "./store-reply";

/** One review. The text is rendered as text (React escapes it): markup a shopper typed shows literally. */
export function ReviewItem({ review, footer, heading }: { review: ReviewView; footer?: ReactNode; heading?: ReactNode }) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  return (
    <article aria-label={t("by", { author: review.author })} className="flex flex-col gap-2 border-b border-zinc-200 py-4">
      {heading}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Stars rating={review.rating} />
        <span className="font-medium">{review.author}</span>
        <time dateTime={review.createdAt} className="text-zinc-500">
          {format.dateTime(new Date(review.createdAt), { dateStyle: "medium" })}
        </time>
      </div>
      <p className="whitespace-pre-line break-words leading-relaxed text-zinc-800">{review.body}</p>
      {review.reply && <StoreReply reply={review.reply} />}
      {footer}
    </article>
  );
}

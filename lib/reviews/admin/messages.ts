import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences /admin/reviews' actions answer (messages/<locale>/adminReviews.json "errors"). */
export const REVIEW_MODERATION_MESSAGES: KnownMessages = {
  namespace: "adminReviews.errors",
  keys: ["unreadable", "gone", "goneShort", "hidden", "shown", "replySaved", "replyRemoved", "writeReply", "replyTooLong"],
};

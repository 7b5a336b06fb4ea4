import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences lib/content writes for the back office's banners and store pages (messages/<locale>/adminContent.json "errors"). */
export const CONTENT_ERRORS: KnownMessages = {
  namespace: "adminContent.errors",
  keys: [
    "gone",
    "correctFields",
    "deleted",
    "orderSaved",
    "titleMissing",
    "titleLong",
    "subtitleLong",
    "zhTitleLong",
    "zhSubtitleLong",
    "link",
    "endAfterStart",
    "noImage",
    "imageScript",
    "imageIncomplete",
    "imageLarge",
    "imageType",
    "imageUnreadable",
    "pageMissing",
    "pageTitleMissing",
    "bodyLong",
    "zhBodyLong",
    "date",
    // the words inside "Enter the {label} date and time, …"
    "start",
    "end",
  ],
};

import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences /admin/jobs' Retry answers (messages/<locale>/adminJobs.json "errors"). */
export const JOB_MESSAGES: KnownMessages = {
  namespace: "adminJobs.errors",
  keys: ["unreadable", "notWaiting", "noSuchJob"],
};

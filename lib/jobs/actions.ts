"use server";

import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { retryFailedJob } from "./mutations";
import { retryJobSchema } from "./schema";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { JOB_MESSAGES } from "./messages";

/** `Retry` on /admin/jobs: a dead-lettered job runs again now, with all its attempts; the page says so above the list. */
export const retryJobAction = withKnownMessages(
  staffAction({ schema: retryJobSchema }, async ({ id }): Promise<ActionState> => {
    const retried = await retryFailedJob(id);
    if (!retried) return { error: "That job is no longer waiting for a retry: reload the page to see the failed jobs as they are now." };
    revalidateEveryLocale("/admin/jobs");
    redirect(await localized("/admin/jobs?retried=1"));
  }),
  JOB_MESSAGES,
  STAFF_ERRORS,
);

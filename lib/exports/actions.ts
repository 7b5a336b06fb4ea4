"use server";

import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import type { Refusal } from "@/lib/actions/define";
import type { ActionState } from "@/lib/forms/action-state";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { EXPORT_MESSAGES } from "./messages";
import { requestExport } from "./mutations";
import { requestExportSchema } from "./schema";

// The export buttons carry their filters as hidden fields: the refusal names the problem itself, not a highlighted field.
const firstProblem = (failure: Refusal): ActionState => ({ error: Object.values(failure.fieldErrors ?? {})[0] ?? failure.error });

/** `Export CSV` and the reports' export buttons: records the export, queues its job, and opens the Exports page. */
export const requestExportAction = withKnownMessages(
  staffAction({ schema: requestExportSchema, invalid: firstProblem }, async (input, { user }): Promise<ActionState> => {
    const id = await requestExport(input, user.id, new Date());
    revalidateEveryLocale("/admin/exports");
    redirect(await localized(`/admin/exports?requested=${id}`));
  }),
  EXPORT_MESSAGES,
  STAFF_ERRORS,
);

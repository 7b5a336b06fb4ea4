"use client";

import { useTranslations } from "next-intl";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldFromState } from "@/lib/forms/action-state";
import { addInternalNoteAction } from "@/lib/orders/actions";

/** A note for the shop's eyes only: it joins the timeline here and never the shopper's. */
export function InternalNoteForm({ number }: { number: string }) {
  const t = useTranslations("adminOrders.noteForm");
  return (
    <StaffActionForm action={addInternalNoteAction} hidden={{ number }} label={t("label")} className="flex flex-col gap-3">
      {(state) => (
        <>
          <TextAreaField
            id="internal-note"
            label={t("note")}
            hint={t("hint")}
            rows={3}
            className="text-sm"
            {...fieldFromState(state, "note")}
          />
          <div>
            <SubmitButton variant="secondary">{t("add")}</SubmitButton>
          </div>
        </>
      )}
    </StaffActionForm>
  );
}

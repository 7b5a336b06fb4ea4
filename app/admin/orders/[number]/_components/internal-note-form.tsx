"use client";

import { NoteField, StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { addInternalNoteAction } from "@/lib/orders/actions";

/** A note for the shop's eyes only: it joins the timeline here and never the shopper's. */
export function InternalNoteForm({ number }: { number: string }) {
  return (
    <StaffActionForm action={addInternalNoteAction} hidden={{ number }} label="Add an internal note" className="flex flex-col gap-3">
      {(state) => (
        <>
          <NoteField id="internal-note" name="note" label="Note" hint="Only staff see internal notes." state={state} rows={3} />
          <div>
            <SubmitButton variant="secondary">Add note</SubmitButton>
          </div>
        </>
      )}
    </StaffActionForm>
  );
}

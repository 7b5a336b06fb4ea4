"use client";

import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { markAllAlertsReadAction } from "@/lib/alerts/actions";

/** `Mark all as read`: every alert in this staff member's bell. */
export function MarkAllReadForm() {
  return (
    <StaffActionForm action={markAllAlertsReadAction} hidden={{}} label="Mark all alerts as read" className="flex max-w-md flex-col gap-2">
      {() => (
        <div>
          <SubmitButton variant="secondary">Mark all as read</SubmitButton>
        </div>
      )}
    </StaffActionForm>
  );
}

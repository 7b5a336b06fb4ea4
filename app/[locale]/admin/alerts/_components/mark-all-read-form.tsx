"use client";

import { useTranslations } from "next-intl";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { markAllAlertsReadAction } from "@/lib/alerts/actions";

/** `Mark all as read`: every alert in this staff member's bell. */
export function MarkAllReadForm() {
  const t = useTranslations("adminAlerts");
  return (
    <StaffActionForm action={markAllAlertsReadAction} hidden={{}} label={t("markAllLabel")} className="flex max-w-md flex-col gap-2">
      {() => (
        <div>
          <SubmitButton variant="secondary">{t("markAll")}</SubmitButton>
        </div>
      )}
    </StaffActionForm>
  );
}

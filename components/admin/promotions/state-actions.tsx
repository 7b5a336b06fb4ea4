import { useTranslations } from "next-intl";
import { InlineAction } from "@/components/admin/inline-action";
import type { ActionState } from "@/lib/forms/action-state";
import { availableActions, type FlashSaleStatus, type PromotionStatus } from "@/lib/promotions/admin/status";

type Props = {
  id: number;
  status: PromotionStatus | FlashSaleStatus;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

/** Pause / Resume / End, as far as the status allows; each announces its result beside it. */
export function StateActions({ id, status, action }: Props) {
  const t = useTranslations("adminPromotions.actions");
  const can = availableActions(status);
  const fields = (change: string) => ({ id: String(id), change });
  return (
    <div className="flex flex-wrap items-center gap-2">
      {can.pause && <InlineAction action={action} fields={fields("pause")} label={t("pause")} />}
      {can.resume && <InlineAction action={action} fields={fields("resume")} label={t("resume")} />}
      {can.end && <InlineAction action={action} fields={fields("end")} label={t("end")} />}
    </div>
  );
}

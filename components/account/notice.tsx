import { FormError, FormStatus } from "@/components/ui/form-messages";
import { noticeFor } from "@/lib/accounts/notices";

/** The confirmation or refusal an account action redirected back with (`?notice=`). */
export function Notice({ code }: { code: string | string[] | undefined }) {
  const notice = noticeFor(code);
  if (!notice) return null;
  return notice.kind === "alert" ? <FormError>{notice.text}</FormError> : <FormStatus>{notice.text}</FormStatus>;
}

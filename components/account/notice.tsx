import { getTranslations } from "next-intl/server";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { noticeFor } from "@/lib/accounts/notices";

/** The confirmation or refusal an account action redirected back with (`?notice=`), in the page's language. */
export async function Notice({ code }: { code: string | string[] | undefined }) {
  const notice = noticeFor(code);
  if (!notice) return null;
  const text = (await getTranslations("account"))(`notices.${notice.code}`);
  return notice.kind === "alert" ? <FormError>{text}</FormError> : <FormStatus>{text}</FormStatus>;
}

import { FormError, FormStatus } from "@/components/ui/form-messages";
import type { buyAgainMessage } from "@/lib/orders/buy-again-notice";

/** On /cart after Buy again: what was added, and what could not be and why. */
export function BuyAgainNotice({ notice }: { notice: ReturnType<typeof buyAgainMessage> | null }) {
  if (!notice) return null;
  return (
    <div className="flex flex-col gap-2">
      <FormStatus>{notice.added}</FormStatus>
      <FormError>{notice.notAdded}</FormError>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { AddressFields } from "@/components/address/address-fields";
import { regionCodesOf } from "@/lib/addresses/china/codes";
import type { AddressView } from "@/lib/addresses/types";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  address?: AddressView;
};

/** A saved address as the form's values: China's region lists take codes, not the stored names. */
function formValuesOf(address: AddressView): Record<string, string> {
  const { regionCode, ...rest } = address;
  return { ...rest, ...regionCodesOf(regionCode), id: String(address.id), isDefault: address.isDefault ? "on" : "" };
}

/** Add or edit an address; the fields and names match the checkout's address form. */
export function AddressForm({ action: submit, address }: Props) {
  const t = useTranslations("address");
  const [state, action] = useActionState(submit, initialActionState);
  const values = state.values ?? (address ? formValuesOf(address) : {});
  const isDefault = address?.isDefault ?? false;
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <AddressFields values={values} errors={state.fieldErrors} />
      <div className="flex items-start gap-2">
        {/* The default stays the default until another address is chosen, so it cannot be unticked here. */}
        <input
          id="isDefault"
          name="isDefault"
          type="checkbox"
          defaultChecked={isDefault || values.isDefault === "on"}
          disabled={isDefault}
          aria-describedby={isDefault ? "isDefault-hint" : undefined}
          className="mt-1 h-4 w-4"
        />
        <div>
          <label htmlFor="isDefault" className="text-sm font-medium">
            {t("book.defaultAddress")}
          </label>
          {isDefault && (
            <p id="isDefault-hint" className="text-sm text-zinc-600">
              {t("book.defaultHint")}
            </p>
          )}
        </div>
      </div>
      <div>
        <SubmitButton variant="secondary">{t("book.save")}</SubmitButton>
      </div>
    </form>
  );
}

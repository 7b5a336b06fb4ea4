"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { localized, requestLocale, revalidateEveryLocale } from "@/lib/i18n/server";
import { z } from "zod";
import { shopperAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "./mutations";
import { addressIdSchema, addressInputSchema } from "./schema";

const BOOK = "/account/addresses";

const messages = async () => getTranslations({ locale: await requestLocale(), namespace: "address.book" });
const missing = async (form: FormData): Promise<ActionState> => ({ error: (await messages())("missing"), values: formValues(form) });
/** The fields' errors stay message keys (the form shows them in its language); the summary is said here. */
const fixFields = async (failure: ActionState, form: FormData): Promise<ActionState> => ({
  ...failure,
  error: (await messages())("fixFields"),
  values: failure.values ?? formValues(form),
});

async function done(notice: string): Promise<never> {
  revalidateEveryLocale(BOOK);
  redirect(await localized(`${BOOK}?notice=${notice}`));
}

/** `Save address` on the new-address form. */
export const createAddressAction = shopperAction(
  { returnTo: `${BOOK}/new`, schema: addressInputSchema, invalid: fixFields },
  async (data, { user, form }): Promise<ActionState> => {
    if (!user.emailVerified) return { error: (await messages())("confirmEmail"), values: formValues(form) };
    await createAddress(user.id, data);
    return done("address-added");
  },
);

/** `Save address` on the edit form; the address id is bound by the page (`bind: "id"`). */
export const updateAddressAction = shopperAction(
  {
    returnTo: BOOK,
    schema: z.object({ id: addressIdSchema }).and(addressInputSchema),
    bind: "id",
    // Field errors first; an id that is not a number is an address that does not exist.
    invalid: (failure, form) => {
      const { id, ...fields } = failure.fieldErrors ?? {};
      return id && Object.keys(fields).length === 0 ? missing(form) : fixFields({ ...failure, fieldErrors: fields }, form);
    },
  },
  async ({ id, ...data }, { user, form }): Promise<ActionState> => {
    if (!(await updateAddress(user.id, id, data))) return missing(form);
    return done("address-updated");
  },
);

const addressIdForm = {
  returnTo: BOOK,
  schema: z.object({ addressId: addressIdSchema }),
  invalid: () => done("address-missing"),
};

/** `Delete` on an address card. */
export const deleteAddressAction = shopperAction.form(addressIdForm, async ({ addressId }, { user }) => {
  return done((await deleteAddress(user.id, addressId)) ? "address-deleted" : "address-missing");
});

/** `Make default` on an address card. */
export const setDefaultAddressAction = shopperAction.form(addressIdForm, async ({ addressId }, { user }) => {
  return done((await setDefaultAddress(user.id, addressId)) ? "address-default" : "address-missing");
});

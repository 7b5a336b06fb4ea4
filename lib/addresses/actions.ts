"use server";

import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { z } from "zod";
import { shopperAction } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "./mutations";
import { addressIdSchema, addressInputSchema } from "./schema";

const BOOK = "/account/addresses";
const MISSING = "That address no longer exists in your address book.";

async function done(notice: string): Promise<never> {
  revalidateEveryLocale(BOOK);
  redirect(await localized(`${BOOK}?notice=${notice}`));
}

/** `Save address` on the new-address form. */
export const createAddressAction = shopperAction(
  { returnTo: `${BOOK}/new`, schema: addressInputSchema },
  async (data, { user, form }): Promise<ActionState> => {
    if (!user.emailVerified) return { error: "Confirm your e-mail address first (see your account page).", values: formValues(form) };
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
      return id && Object.keys(fields).length === 0 ? { error: MISSING, values: formValues(form) } : { ...failure, fieldErrors: fields };
    },
  },
  async ({ id, ...data }, { user, form }): Promise<ActionState> => {
    if (!(await updateAddress(user.id, id, data))) return { error: MISSING, values: formValues(form) };
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

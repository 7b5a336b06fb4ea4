"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "./mutations";
import { addressIdSchema, addressInputSchema } from "./schema";

const BOOK = "/account/addresses";

function done(notice: string): never {
  revalidatePath(BOOK);
  redirect(`${BOOK}?notice=${notice}`);
}

/** `Save address` on the new-address form. */
export async function createAddressAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(`${BOOK}/new`);
  const { data, failure } = parseForm(addressInputSchema, form);
  if (failure) return failure;
  if (!user.emailVerified) return { error: "Confirm your e-mail address first (see your account page).", values: formValues(form) };
  await createAddress(user.id, data);
  done("address-added");
}

/** `Save address` on the edit form; the address id is bound by the page. */
export async function updateAddressAction(id: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser(BOOK);
  const addressId = addressIdSchema.safeParse(id);
  const { data, failure } = parseForm(addressInputSchema, form);
  if (failure) return failure;
  if (!addressId.success || !(await updateAddress(user.id, addressId.data, data))) {
    return { error: "That address no longer exists in your address book.", values: formValues(form) };
  }
  done("address-updated");
}

/** `Delete` on an address card. */
export async function deleteAddressAction(form: FormData): Promise<void> {
  const user = await requireUser(BOOK);
  const id = addressIdSchema.safeParse(form.get("addressId"));
  done(id.success && (await deleteAddress(user.id, id.data)) ? "address-deleted" : "address-missing");
}

/** `Make default` on an address card. */
export async function setDefaultAddressAction(form: FormData): Promise<void> {
  const user = await requireUser(BOOK);
  const id = addressIdSchema.safeParse(form.get("addressId"));
  done(id.success && (await setDefaultAddress(user.id, id.data)) ? "address-default" : "address-missing");
}

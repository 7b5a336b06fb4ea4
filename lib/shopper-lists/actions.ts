"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getSessionUser, requireUser } from "@/lib/auth/session";
import { clearRecentlyViewed, setFavourite } from "./mutations";
import { productIdSchema } from "./schema";

export type FavouriteToggleResult = { ok: true; favourite: boolean } | { ok: false; signIn?: boolean; error: string };

/** The product page's toggle: marks (`favourite` true) or unmarks the product for the signed-in shopper. */
export async function toggleFavouriteAction(productId: number, favourite: boolean): Promise<FavouriteToggleResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, signIn: true, error: "Sign in to keep favourites." };
  const id = productIdSchema.safeParse(productId);
  if (!id.success || typeof favourite !== "boolean") return { ok: false, error: "That product could not be found." };
  const result = await setFavourite(user.id, id.data, favourite);
  if (!result) return { ok: false, error: "This product is no longer available, so it cannot be added to favourites." };
  return { ok: true, favourite: result.favourite };
}

/** `Remove from favourites` on the account's Favourites page. */
export async function removeFavouriteAction(form: FormData): Promise<void> {
  const user = await requireUser("/account/favourites");
  const id = productIdSchema.safeParse(form.get("productId"));
  if (id.success) await setFavourite(user.id, id.data, false);
  revalidatePath("/account/favourites");
  redirect(`/account/favourites?notice=${id.success ? "favourite-removed" : "favourite-missing"}`);
}

/** `Clear history` on the account's Recently viewed page. */
export async function clearRecentlyViewedAction(): Promise<void> {
  const user = await requireUser("/account/recently-viewed");
  await clearRecentlyViewed(user.id);
  revalidatePath("/account/recently-viewed");
  redirect("/account/recently-viewed?notice=history-cleared");
}

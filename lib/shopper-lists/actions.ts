"use server";

import { redirect } from "next/navigation";
import { localized, requestLocale, revalidateEveryLocale } from "@/lib/i18n/server";
import { z } from "zod";
import { shopperAction } from "@/lib/actions";
import { brandAction } from "@/lib/actions/brand";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { ACCOUNT_REFUSALS } from "@/lib/accounts/messages";
import { clearRecentlyViewed, setFavourite } from "./mutations";
import { productIdSchema } from "./schema";

export type FavouriteToggleResult = { ok: true; favourite: boolean } | { ok: false; signIn?: boolean; error: string };

const toggleFavourite = shopperAction.call(
  {
    signedOut: { ok: false, signIn: true, error: "Sign in to keep favourites." },
    args: z.tuple([productIdSchema, z.boolean()]),
    refused: (): FavouriteToggleResult => ({ ok: false, error: "That product could not be found." }),
  },
  async ([productId, favourite], { user }): Promise<FavouriteToggleResult> => {
    const result = await setFavourite(user.id, productId, favourite);
    if (!result) return { ok: false, error: "This product is no longer available, so it cannot be added to favourites." };
    return { ok: true, favourite: result.favourite };
  },
);

/** The product page's toggle: marks (`favourite` true) or unmarks the product for the signed-in shopper; answers in the request's language. */
export const toggleFavouriteAction = brandAction(async (productId: number, favourite: boolean): Promise<FavouriteToggleResult> => {
  const result = await toggleFavourite(productId, favourite);
  if (result.ok) return result;
  const translate = await knownMessageTranslator(await requestLocale(), ACCOUNT_REFUSALS);
  return { ...result, error: translate(result.error) };
}, "shopper");

const FAVOURITES = "/account/favourites";

async function favouritesNotice(notice: "favourite-removed" | "favourite-missing"): Promise<never> {
  revalidateEveryLocale(FAVOURITES);
  redirect(await localized(`${FAVOURITES}?notice=${notice}`));
}

/** `Remove from favourites` on the account's Favourites page. */
export const removeFavouriteAction = shopperAction.form(
  { returnTo: FAVOURITES, schema: z.object({ productId: productIdSchema }), invalid: () => favouritesNotice("favourite-missing") },
  async ({ productId }, { user }) => {
    await setFavourite(user.id, productId, false);
    return favouritesNotice("favourite-removed");
  },
);

/** `Clear history` on the account's Recently viewed page. */
export const clearRecentlyViewedAction = shopperAction.form(
  { returnTo: "/account/recently-viewed", schema: z.object({}), invalid: () => {} },
  async (_input, { user }) => {
    await clearRecentlyViewed(user.id);
    revalidateEveryLocale("/account/recently-viewed");
    redirect(await localized("/account/recently-viewed?notice=history-cleared"));
  },
);

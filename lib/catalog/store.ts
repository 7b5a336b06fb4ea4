import "server-only";
import { getStoreSettings } from "@/lib/settings/queries";

/** The store's name: the back office's setting, else STORE_NAME (cached; see lib/settings/queries.ts). */
export async function storeName(): Promise<string> {
  return (await getStoreSettings()).storeName;
}

/** The currency new products, price filters and carts use: the setting, else STORE_CURRENCY. */
export async function storeCurrency(): Promise<string> {
  return (await getStoreSettings()).currency;
}

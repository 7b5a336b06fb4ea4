import "server-only";
import { getStoreSettings } from "./queries";

/** The store's name: the back office's setting, else STORE_NAME (cached; see lib/settings/queries.ts). */
export async function storeName(): Promise<string> {
  return (await getStoreSettings()).storeName;
}

/** The currency the store sells in (new products, price filters, carts, customers' lifetime value): the setting, else STORE_CURRENCY. */
export async function storeCurrency(): Promise<string> {
  return (await getStoreSettings()).currency;
}

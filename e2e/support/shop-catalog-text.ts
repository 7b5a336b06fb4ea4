import { testDb } from "./db";

/**
 * The shop as merchants (and the specs running beside one) typed it: option values ("Filter", a grind of the
 * seeded coffee), products, brands, categories, banners and promotions, and the store's own words: shipping
 * rates (but the seed's two, which the shop translates), the store's name and its pages' titles (the header's
 * and the footer's words), whole rows. Shopper pages show it as entered (English in the seed), so a message
 * that is also this text is data, not an untranslated message (`untranslatedMessages`' `catalog`). Read at each visit: other specs add products ("Coupon product …",
 * "Flash sale product …", shown as best sellers in a cart's recommendations), rates and page titles meanwhile.
 */
export async function shopCatalogText(): Promise<string> {
  const [row] = await testDb()`
    select concat_ws(' | ',
      (select string_agg(distinct o.value, ' | ') from variants, jsonb_each_text(option_values) o),
      (select string_agg(t::text, ' | ') from products t), (select string_agg(t::text, ' | ') from brands t),
      (select string_agg(t::text, ' | ') from categories t), (select string_agg(t::text, ' | ') from banners t),
      (select string_agg(t::text, ' | ') from promotions t),
      (select string_agg(t::text, ' | ') from shipping_methods t where code not in ('standard', 'express')),
      (select string_agg(title, ' | ') from store_pages), (select store_name from store_settings)) as text`;
  return String(row?.text ?? "");
}

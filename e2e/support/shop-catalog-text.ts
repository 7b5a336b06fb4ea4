import { testDb } from "./db";

/**
 * The catalog as merchants (and the specs running beside one) typed it: option values ("Filter", a grind of the
 * seeded coffee), products, brands, categories, banners and promotions, whole rows. Shopper pages show it as
 * entered (English in the seed), so a message that is also catalog text is data, not an untranslated message
 * (`untranslatedMessages`' `catalog`). Read at each visit: other specs add products ("Flash sale product …",
 * "Back-in-stock …") meanwhile.
 */
export async function shopCatalogText(): Promise<string> {
  const [row] = await testDb()`
    select concat_ws(' | ',
      (select string_agg(distinct o.value, ' | ') from variants, jsonb_each_text(option_values) o),
      (select string_agg(t::text, ' | ') from products t), (select string_agg(t::text, ' | ') from brands t),
      (select string_agg(t::text, ' | ') from categories t), (select string_agg(t::text, ' | ') from banners t),
      (select string_agg(t::text, ' | ') from promotions t)) as text`;
  return String(row?.text ?? "");
}

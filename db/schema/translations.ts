import { sql } from "drizzle-orm";
import { jsonb } from "drizzle-orm/pg-core";

/**
 * Content typed in another language than the store's default, keyed by locale
 * ("zh-CN"), each field optional: a missing or empty field falls back to the
 * row's own (default-language) column. Only what shoppers read is translated.
 */
export type Translations<F> = { [locale: string]: Partial<F> | undefined };

export type ProductTranslation = {
  title: string;
  description: string;
  /** the whole spec table in that language (replaces the default one when not empty) */
  specs: { name: string; value: string }[];
  /** option name as stored on variants ("Size") → its name in that language ("尺码") */
  optionNames: Record<string, string>;
};
export type CategoryTranslation = { name: string; description: string };
export type BrandTranslation = { name: string };
export type BannerTranslation = { title: string; subtitle: string };
export type StorePageTranslation = { title: string; body: string };
/** A promotion's shopper-facing name (the discount's label in the cart). */
export type PromotionTranslation = { name: string };

/** The `translations` column every translatable table has. */
export const translationsColumn = <F>() =>
  jsonb()
    .$type<Translations<F>>()
    .notNull()
    .default(sql`'{}'::jsonb`);

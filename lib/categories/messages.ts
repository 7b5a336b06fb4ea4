import type { KnownMessages } from "@/lib/i18n/known-messages";

/** Sentences of the name and slug fields that brands and categories share (messages/<locale>/adminCatalog.json "errors"). */
const NAME_AND_SLUG = ["enterName", "nameTooLong", "zhNameTooLong", "slugTooLong", "slugInvalid", "slugFromName"] as const;

/** What the category actions answer (lib/categories/*). The pieces of "still has {what}" come last: they match loosely. */
export const CATEGORY_ERRORS: KnownMessages = {
  namespace: "adminCatalog.errors",
  keys: [
    "categoryGone",
    "categoryMissing",
    ...NAME_AND_SLUG,
    "descriptionTooLong",
    "zhDescriptionTooLong",
    "wholeNumber",
    "zeroOrMore",
    "atMost",
    "categorySlugTaken",
    "parentGone",
    "parentLoop",
    "notEmpty",
    "productsAndSubcategories",
    "manyProducts",
    "oneProduct",
    "manySubcategories",
    "oneSubcategory",
    "them",
    "it",
  ],
};

/** What the brand actions answer (lib/brands/*). */
export const BRAND_ERRORS: KnownMessages = {
  namespace: "adminCatalog.errors",
  keys: ["brandGone", "brandMissing", ...NAME_AND_SLUG, "brandSlugTaken"],
};

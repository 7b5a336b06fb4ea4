import { DEFAULT_PAGE_BODIES } from "./defaults";
import { STORE_PAGE_TITLES, type StorePageSlug } from "./slugs";
import { fillPlaceholders, type PageContext } from "./template";

/** A page's saved text (null: never saved). */
export type SavedStorePage = { title: string; body: string } | null;

/** The body the editor starts from: the saved text, else the default with its placeholders. */
export function editableBody(slug: StorePageSlug, saved: SavedStorePage): string {
  return saved?.body.trim() ? saved.body : DEFAULT_PAGE_BODIES[slug];
}

/** What /pages/<slug> shows: the saved title and text, else the defaults; placeholders worded from the settings. */
export function resolveStorePage(slug: StorePageSlug, saved: SavedStorePage, context: PageContext) {
  return {
    slug,
    title: saved?.title.trim() || STORE_PAGE_TITLES[slug],
    markdown: fillPlaceholders(editableBody(slug, saved), context),
    isDefault: !saved?.body.trim(),
  };
}

ALTER TABLE "banners" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "store_pages" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Search covers every language: search_text (trigram and substring matching, which
-- also finds Chinese words, having no spaces) and search_words (prefix suggestions)
-- take the translated titles and brand names; search_vector takes them with the
-- 'simple' configuration (no stemming for other languages).
CREATE OR REPLACE FUNCTION products_search_refresh() RETURNS trigger AS $$
DECLARE
  brand_name text;
  brand_other text;
  title_other text;
  description_other text;
BEGIN
  SELECT name, (SELECT string_agg(t.value->>'name', ' ') FROM jsonb_each(translations) t)
    INTO brand_name, brand_other FROM brands WHERE id = NEW.brand_id;
  SELECT string_agg(t.value->>'title', ' '), string_agg(t.value->>'description', ' ')
    INTO title_other, description_other FROM jsonb_each(NEW.translations) t;
  NEW.search_text := lower(concat_ws(' ', NEW.title, brand_name, array_to_string(NEW.tags, ' '), title_other, brand_other));
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(title_other, '')), 'A') ||
    setweight(to_tsvector('simple', concat_ws(' ', brand_name, brand_other)), 'B') ||
    setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.description, '')), 'C') ||
    setweight(to_tsvector('simple', coalesce(description_other, '')), 'C');
  NEW.search_words := to_tsvector('simple', NEW.search_text);
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER products_search_refresh ON products;
--> statement-breakpoint
CREATE TRIGGER products_search_refresh
  BEFORE INSERT OR UPDATE OF title, description, tags, brand_id, translations ON products
  FOR EACH ROW EXECUTE FUNCTION products_search_refresh();
--> statement-breakpoint
DROP TRIGGER brands_search_refresh ON brands;
--> statement-breakpoint
CREATE TRIGGER brands_search_refresh
  AFTER UPDATE OF name, translations ON brands
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.translations IS DISTINCT FROM NEW.translations)
  EXECUTE FUNCTION brands_search_refresh();

-- products.search_words: plain (unstemmed) words for prefix suggestions.
CREATE OR REPLACE FUNCTION products_search_refresh() RETURNS trigger AS $$
DECLARE
  brand_name text;
BEGIN
  SELECT name INTO brand_name FROM brands WHERE id = NEW.brand_id;
  NEW.search_text := lower(concat_ws(' ', NEW.title, brand_name, array_to_string(NEW.tags, ' ')));
  NEW.search_vector :=
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(brand_name, '')), 'B') ||
    setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW.description, '')), 'C');
  NEW.search_words := to_tsvector('simple', NEW.search_text);
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The product summary (price range, in stock, option tags) follows its
-- variants: one statement-level refresh per write, whoever writes (seed,
-- back office, orders). Rows already current are left alone.
CREATE OR REPLACE FUNCTION products_summary_refresh() RETURNS trigger AS $$
BEGIN
  UPDATE products p SET
    price_min = coalesce(s.min_price, 0),
    price_max = coalesce(s.max_price, 0),
    in_stock = coalesce(s.in_stock, false),
    option_tags = coalesce(s.tags, '{}'::text[])
  FROM (
    SELECT c.product_id,
      min(v.price) AS min_price,
      max(v.price) AS max_price,
      bool_or(v.stock > 0) AS in_stock,
      (SELECT array_agg(DISTINCT kv.key || ':' || kv.value ORDER BY kv.key || ':' || kv.value)
         FROM variants v2, jsonb_each_text(v2.option_values) kv
        WHERE v2.product_id = c.product_id) AS tags
    FROM (SELECT DISTINCT product_id FROM changed) c
    LEFT JOIN variants v ON v.product_id = c.product_id
    GROUP BY c.product_id
  ) s
  WHERE p.id = s.product_id
    AND (p.price_min, p.price_max, p.in_stock, p.option_tags)
        IS DISTINCT FROM (coalesce(s.min_price, 0), coalesce(s.max_price, 0), coalesce(s.in_stock, false), coalesce(s.tags, '{}'::text[]));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variants_summary_insert AFTER INSERT ON variants
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION products_summary_refresh();
--> statement-breakpoint
CREATE TRIGGER variants_summary_update AFTER UPDATE ON variants
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION products_summary_refresh();
--> statement-breakpoint
CREATE TRIGGER variants_summary_delete AFTER DELETE ON variants
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION products_summary_refresh();
--> statement-breakpoint
-- Backfill databases that already have products.
UPDATE products SET title = title;
--> statement-breakpoint
UPDATE variants SET price = price;

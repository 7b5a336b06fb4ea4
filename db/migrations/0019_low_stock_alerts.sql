-- A staff alert when a variant's stock falls to its low-stock threshold or below: once per
-- crossing (the stock was above it and is not any more), not once per sale, whoever writes
-- (checkout, adjustments, the CSV import, a cancelled restock in reverse). The threshold is
-- the variant's own, else the store default (store_settings.low_stock_threshold, else 5).
-- Climbing back above it and falling again is a new crossing, and a new alert.
CREATE OR REPLACE FUNCTION variants_low_stock_alert() RETURNS trigger AS $$
DECLARE
  threshold integer;
  product_title text;
BEGIN
  threshold := coalesce(
    NEW.low_stock_threshold,
    (SELECT low_stock_threshold FROM store_settings WHERE id = 1),
    5
  );
  IF NOT (OLD.stock > threshold AND NEW.stock <= threshold) THEN
    RETURN NULL;
  END IF;
  SELECT title INTO product_title FROM products WHERE id = NEW.product_id;
  INSERT INTO staff_alerts (kind, title, body, href)
  VALUES (
    'low_stock',
    CASE WHEN NEW.stock <= 0 THEN 'Sold out: ' ELSE 'Low stock: ' END || coalesce(product_title, 'a product') || ' (' || NEW.sku || ')',
    NEW.stock || ' left; the low-stock threshold is ' || threshold || '.',
    '/admin/inventory/' || NEW.id
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variants_low_stock_alert
AFTER UPDATE OF stock ON variants
FOR EACH ROW WHEN (NEW.stock < OLD.stock)
EXECUTE FUNCTION variants_low_stock_alert();

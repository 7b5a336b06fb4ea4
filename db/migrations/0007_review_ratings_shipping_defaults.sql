-- products.rating_avg / rating_count follow the published reviews, whoever writes them.
CREATE OR REPLACE FUNCTION reviews_refresh_product_rating() RETURNS trigger AS $$
DECLARE
  pid integer;
BEGIN
  FOR pid IN
    SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.product_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.product_id END
    ]) AS x WHERE x IS NOT NULL
  LOOP
    UPDATE products p
       SET rating_avg = s.avg, rating_count = s.n
      FROM (
        SELECT coalesce(round(avg(rating)::numeric, 2), 0) AS avg, count(*)::int AS n
          FROM reviews WHERE product_id = pid AND status = 'published'
      ) s
     WHERE p.id = pid AND (p.rating_avg IS DISTINCT FROM s.avg OR p.rating_count IS DISTINCT FROM s.n);
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER reviews_refresh_product_rating
AFTER INSERT OR DELETE OR UPDATE OF rating, status, product_id ON reviews
FOR EACH ROW EXECUTE FUNCTION reviews_refresh_product_rating();
--> statement-breakpoint
-- Default rates so a new shop can take orders; the back office edits them.
INSERT INTO shipping_methods (code, name, description, price, free_over, min_days, max_days, position)
VALUES
  ('standard', 'Standard', 'Tracked delivery', 499, 5000, 3, 5, 0),
  ('express', 'Express', 'Next-day delivery on orders placed before 2 pm', 1499, NULL, 1, 2, 1)
ON CONFLICT (code) DO NOTHING;

CREATE TABLE "product_sales" (
	"product_id" integer PRIMARY KEY NOT NULL,
	"category_id" integer NOT NULL,
	"units_week" integer DEFAULT 0 NOT NULL,
	"units_month" integer DEFAULT 0 NOT NULL,
	"units_all" integer DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_sales" ADD CONSTRAINT "product_sales_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_sales_category_idx" ON "product_sales" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "product_sales_week_idx" ON "product_sales" USING btree ("units_week" DESC NULLS LAST,"product_id" DESC NULLS LAST) WHERE "product_sales"."units_week" > 0;--> statement-breakpoint
CREATE INDEX "product_sales_month_idx" ON "product_sales" USING btree ("units_month" DESC NULLS LAST,"product_id" DESC NULLS LAST) WHERE "product_sales"."units_month" > 0;--> statement-breakpoint
CREATE INDEX "product_sales_all_idx" ON "product_sales" USING btree ("units_all" DESC NULLS LAST,"product_id" DESC NULLS LAST) WHERE "product_sales"."units_all" > 0;--> statement-breakpoint
-- rankings-seo: refresh_product_sales() (drizzle cannot express a function). Rebuilds product_sales from paid orders:
-- paid_at set, status neither cancelled nor refunded (in full); week and month are the 7 and 30 days before now().
-- Only active products, with their category; rows that changed are rewritten, products that no longer count are removed; one refresh at a time (advisory lock).
CREATE OR REPLACE FUNCTION refresh_product_sales() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  changed integer;
BEGIN
  PERFORM set_config('client_min_messages', 'warning', true);
  PERFORM pg_advisory_xact_lock(7270403013);
  DROP TABLE IF EXISTS pg_temp.product_sales_now;
  CREATE TEMP TABLE product_sales_now ON COMMIT DROP AS
    SELECT l.product_id, p.category_id,
      coalesce(sum(l.quantity) FILTER (WHERE o.paid_at >= now() - interval '7 days'), 0)::int AS units_week,
      coalesce(sum(l.quantity) FILTER (WHERE o.paid_at >= now() - interval '30 days'), 0)::int AS units_month,
      sum(l.quantity)::int AS units_all
    FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id AND p.status = 'active'
    WHERE o.paid_at IS NOT NULL AND o.status NOT IN ('cancelled', 'refunded')
    GROUP BY l.product_id, p.category_id;
  INSERT INTO product_sales AS s (product_id, category_id, units_week, units_month, units_all, refreshed_at)
    SELECT n.product_id, n.category_id, n.units_week, n.units_month, n.units_all, now() FROM product_sales_now n
    ON CONFLICT (product_id) DO UPDATE
      SET category_id = excluded.category_id, units_week = excluded.units_week, units_month = excluded.units_month, units_all = excluded.units_all, refreshed_at = now()
      WHERE (s.category_id, s.units_week, s.units_month, s.units_all)
        IS DISTINCT FROM (excluded.category_id, excluded.units_week, excluded.units_month, excluded.units_all);
  GET DIAGNOSTICS changed = ROW_COUNT;
  DELETE FROM product_sales s WHERE NOT EXISTS (SELECT 1 FROM product_sales_now n WHERE n.product_id = s.product_id);
  -- Fresh statistics, so the planner reads the rankings down their indexes.
  IF changed > 0 THEN ANALYZE product_sales; END IF;
  RETURN changed;
END;
$$;

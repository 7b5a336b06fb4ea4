-- ==== recommendations: hand-written (keep this block when regenerating) ====
-- count_product_pairs_touched(batch_size, lines_per_order): what count_product_pairs (migration 0026) does, also returning
-- the products whose pairs changed (product_ids, each once), so the sweep can mark exactly their cached rows stale
-- (lib/recommendations/pairs.ts). count_product_pairs now reads its count from it: one body for both.
CREATE OR REPLACE FUNCTION count_product_pairs_touched(batch_size integer, lines_per_order integer,
  OUT counted integer, OUT product_ids integer[]) LANGUAGE sql AS $$
  WITH batch AS (
    SELECT o.id FROM orders o
    WHERE o.paid_at IS NOT NULL AND o.pairs_counted_at IS NULL
    ORDER BY o.paid_at, o.id
    LIMIT batch_size
    FOR UPDATE SKIP LOCKED
  ), marked AS (
    UPDATE orders o SET pairs_counted_at = now() FROM batch b WHERE o.id = b.id RETURNING o.id
  ), items AS (
    SELECT x.order_id, x.product_id FROM (
      SELECT l.order_id, l.product_id,
        row_number() OVER (PARTITION BY l.order_id ORDER BY sum(l.line_total) DESC, l.product_id) AS rank
      FROM order_lines l JOIN batch b ON b.id = l.order_id
      WHERE l.product_id IS NOT NULL
      GROUP BY l.order_id, l.product_id
    ) x WHERE x.rank <= lines_per_order
  ), pairs AS (
    SELECT a.product_id, b.product_id AS other_id, count(*)::integer AS n
    FROM items a JOIN items b ON b.order_id = a.order_id AND b.product_id <> a.product_id
    GROUP BY a.product_id, b.product_id
  ), added AS (
    -- In key order, so two sweeps adding the same pairs lock them in the same order (no deadlock).
    INSERT INTO product_pairs AS p (product_id, other_id, orders)
      SELECT product_id, other_id, n FROM pairs ORDER BY product_id, other_id
    ON CONFLICT (product_id, other_id) DO UPDATE SET orders = p.orders + excluded.orders
    RETURNING p.product_id
  )
  -- A data-modifying CTE runs whether or not it is read.
  SELECT (SELECT count(*)::integer FROM marked),
    (SELECT coalesce(array_agg(DISTINCT a.product_id ORDER BY a.product_id), '{}') FROM added a);
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION count_product_pairs(batch_size integer, lines_per_order integer) RETURNS integer LANGUAGE sql AS $$
  SELECT counted FROM count_product_pairs_touched(batch_size, lines_per_order);
$$;

-- ==== recommendations: hand-written (keep this block when regenerating) ====
-- count_product_pairs(batch_size, lines_per_order): adds up to batch_size paid orders not yet counted to product_pairs
-- ("Customers also bought") and marks them counted, in one statement, so an order counts exactly once: the batch is
-- claimed with FOR UPDATE SKIP LOCKED down orders_pairs_pending_idx (two sweeps take disjoint batches), each order
-- contributes its distinct products (at most lines_per_order of them, its largest lines, which bounds the n² pairs),
-- and every pair is stored in both directions with orders = orders + n. Returns the number of orders counted.
CREATE OR REPLACE FUNCTION count_product_pairs(batch_size integer, lines_per_order integer) RETURNS integer LANGUAGE sql AS $$
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
    RETURNING 1
  )
  -- A data-modifying CTE runs whether or not it is read.
  SELECT count(*)::integer FROM marked;
$$;

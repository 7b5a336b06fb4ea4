ALTER TYPE "public"."staff_alert_kind" ADD VALUE 'preorder_ready';--> statement-breakpoint
-- ==== pre-order fill: hand-written (keep this block when regenerating) ====
-- Stock that rises on a variant with units waiting on pre-order fills those lines first,
-- oldest line first, whoever raised it (an adjustment, the CSV import, a cancelled order's
-- restock, a return, the product form). A line is filled whole or not at all, and filling
-- stops at the first line that does not fit, so a later, smaller order never jumps the
-- queue. Only what is left stays in NEW.stock: the AFTER triggers (the ledger, back in
-- stock's arrivals, the product summary) see the remainder. Lines of cancelled or refunded
-- orders released their units when the order ended (lib/orders/mutations/apply.ts).
-- Writers that change backlog and lines lock the variant row first, so this trigger (which
-- runs under that same row lock) and a cancellation never count one line twice.
CREATE OR REPLACE FUNCTION variants_fill_preorders() RETURNS trigger AS $$
DECLARE
  line record;
  filled integer := 0;
BEGIN
  FOR line IN
    SELECT l.id, l.quantity, l.order_id, o.number, o.status
    FROM order_lines l
    JOIN orders o ON o.id = l.order_id
    WHERE l.variant_id = NEW.id
      AND l.preorder_ships_on IS NOT NULL
      AND l.preorder_filled_at IS NULL
      AND o.status NOT IN ('cancelled', 'refunded')
    ORDER BY l.id
  LOOP
    EXIT WHEN line.quantity > NEW.stock OR line.quantity > NEW.preorder_backlog;
    UPDATE order_lines SET preorder_filled_at = now() WHERE id = line.id;
    NEW.stock := NEW.stock - line.quantity;
    NEW.preorder_backlog := NEW.preorder_backlog - line.quantity;
    filled := filled + line.quantity;
    -- The order's last waiting line: a paid order may ship now, so staff hear of it.
    IF line.status = 'paid' AND NOT EXISTS (
      SELECT 1 FROM order_lines w
      WHERE w.order_id = line.order_id AND w.preorder_ships_on IS NOT NULL AND w.preorder_filled_at IS NULL
    ) THEN
      INSERT INTO staff_alerts (kind, title, body, href)
      VALUES (
        'preorder_ready',
        'Ready to ship: order ' || line.number,
        'Stock arrived for every pre-order item of this order.',
        '/admin/orders/' || line.number
      );
    END IF;
  END LOOP;
  -- For the ledger (below), per variant: a statement's AFTER row triggers run once all its rows are updated.
  IF filled > 0 THEN
    PERFORM set_config('mercato.preorder_filled_' || NEW.id, filled::text, true);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variants_fill_preorders
BEFORE UPDATE OF stock ON variants
FOR EACH ROW WHEN (NEW.stock > OLD.stock AND NEW.preorder_backlog > 0)
EXECUTE FUNCTION variants_fill_preorders();
--> statement-breakpoint
-- The ledger records what arrived, then what the pre-orders took: stock = sum of the ledger still holds, and
-- the history shows the units received even when the pre-orders took them all (NEW.stock unchanged).
CREATE OR REPLACE FUNCTION variants_record_stock_movement() RETURNS trigger AS $$
DECLARE
  old_stock integer := CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.stock END;
  reason text := nullif(current_setting('mercato.stock_reason', true), '');
  actor uuid := nullif(current_setting('mercato.stock_actor', true), '')::uuid;
  filled integer := coalesce(nullif(current_setting('mercato.preorder_filled_' || NEW.id, true), '')::integer, 0);
BEGIN
  IF filled > 0 THEN
    PERFORM set_config('mercato.preorder_filled_' || NEW.id, '', true);
  END IF;
  IF NEW.stock + filled = old_stock THEN
    RETURN NULL;
  END IF;
  INSERT INTO inventory_movements (variant_id, delta, stock_after, reason, note, actor_id, order_id)
  VALUES (
    NEW.id,
    NEW.stock + filled - old_stock,
    NEW.stock + filled,
    coalesce(reason, CASE WHEN TG_OP = 'INSERT' THEN 'initial' ELSE 'correction' END)::stock_reason,
    coalesce(current_setting('mercato.stock_note', true), ''),
    actor,
    nullif(current_setting('mercato.stock_order', true), '')::uuid
  );
  IF filled > 0 THEN
    INSERT INTO inventory_movements (variant_id, delta, stock_after, reason, note, actor_id)
    VALUES (NEW.id, -filled, NEW.stock, 'order', 'Filled waiting pre-orders, oldest first', actor);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

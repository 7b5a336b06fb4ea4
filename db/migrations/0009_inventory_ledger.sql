-- The inventory ledger follows every change of variants.stock, whoever makes it.
-- Writers say why with transaction-local settings (set_config(..., true)):
--   mercato.stock_reason (a stock_reason; default 'initial' on insert, 'correction' on update),
--   mercato.stock_actor (a users.id), mercato.stock_order (an orders.id), mercato.stock_note.
CREATE OR REPLACE FUNCTION variants_record_stock_movement() RETURNS trigger AS $$
DECLARE
  old_stock integer := CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.stock END;
  reason text := nullif(current_setting('mercato.stock_reason', true), '');
BEGIN
  IF NEW.stock = old_stock THEN
    RETURN NULL;
  END IF;
  INSERT INTO inventory_movements (variant_id, delta, stock_after, reason, note, actor_id, order_id)
  VALUES (
    NEW.id,
    NEW.stock - old_stock,
    NEW.stock,
    coalesce(reason, CASE WHEN TG_OP = 'INSERT' THEN 'initial' ELSE 'correction' END)::stock_reason,
    coalesce(current_setting('mercato.stock_note', true), ''),
    nullif(current_setting('mercato.stock_actor', true), '')::uuid,
    nullif(current_setting('mercato.stock_order', true), '')::uuid
  );
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variants_record_stock_movement
AFTER INSERT OR UPDATE OF stock ON variants
FOR EACH ROW EXECUTE FUNCTION variants_record_stock_movement();
--> statement-breakpoint
-- The stock that existed before the ledger: one opening row per variant.
INSERT INTO inventory_movements (variant_id, delta, stock_after, reason, note)
SELECT id, stock, stock, 'initial', 'Opening balance' FROM variants WHERE stock <> 0;
--> statement-breakpoint
-- Variants on the old default follow the store default from now on.
UPDATE variants SET low_stock_threshold = NULL WHERE low_stock_threshold = 5;
--> statement-breakpoint
INSERT INTO store_settings (id) VALUES (1) ON CONFLICT (id) DO NOTHING;

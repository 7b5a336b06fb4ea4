CREATE TABLE "stock_arrivals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stock_arrivals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"variant_id" integer NOT NULL,
	"units" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_arrivals_units_positive" CHECK ("stock_arrivals"."units" > 0)
);
--> statement-breakpoint
CREATE TABLE "stock_subscriptions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stock_subscriptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"variant_id" integer NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "store_settings" ADD COLUMN "back_in_stock_multiple" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_arrivals" ADD CONSTRAINT "stock_arrivals_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_subscriptions" ADD CONSTRAINT "stock_subscriptions_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_subscriptions" ADD CONSTRAINT "stock_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_arrivals_variant_idx" ON "stock_arrivals" USING btree ("variant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_subscriptions_pending_uniq" ON "stock_subscriptions" USING btree ("variant_id","email") WHERE "stock_subscriptions"."notified_at" IS NULL;--> statement-breakpoint
CREATE INDEX "stock_subscriptions_pending_idx" ON "stock_subscriptions" USING btree ("variant_id","created_at","id") WHERE "stock_subscriptions"."notified_at" IS NULL;--> statement-breakpoint
CREATE INDEX "stock_subscriptions_user_idx" ON "stock_subscriptions" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "store_settings" ADD CONSTRAINT "store_settings_back_in_stock_multiple" CHECK ("store_settings"."back_in_stock_multiple" >= 1 AND "store_settings"."back_in_stock_multiple" <= 100);--> statement-breakpoint
-- ==== back in stock: hand-written (keep this block when regenerating) ====
-- Stock that rises on a variant somebody waits for (a pending stock_subscriptions row) is
-- queued as an arrival of NEW - OLD units, whoever raised it: an adjustment, the CSV import,
-- a cancelled or refunded order's restock, a return, the product form. The periodic job
-- (lib/back-in-stock/notify.ts) turns arrivals into e-mails; nothing is sent here.
CREATE OR REPLACE FUNCTION variants_stock_arrival() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM stock_subscriptions WHERE variant_id = NEW.id AND notified_at IS NULL) THEN
    INSERT INTO stock_arrivals (variant_id, units) VALUES (NEW.id, NEW.stock - OLD.stock);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variants_stock_arrival
AFTER UPDATE OF stock ON variants
FOR EACH ROW WHEN (NEW.stock > OLD.stock)
EXECUTE FUNCTION variants_stock_arrival();

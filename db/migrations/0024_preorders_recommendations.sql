CREATE TABLE "product_pairs" (
	"product_id" integer NOT NULL,
	"other_id" integer NOT NULL,
	"orders" integer NOT NULL,
	CONSTRAINT "product_pairs_product_id_other_id_pk" PRIMARY KEY("product_id","other_id"),
	CONSTRAINT "product_pairs_distinct" CHECK ("product_pairs"."product_id" <> "product_pairs"."other_id"),
	CONSTRAINT "product_pairs_orders_positive" CHECK ("product_pairs"."orders" > 0)
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "consumable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "preorder_ships_on" date;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "preorder_cap" integer;--> statement-breakpoint
ALTER TABLE "variants" ADD COLUMN "preorder_backlog" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "preorder_ships_on" date;--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "preorder_filled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "pairs_counted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "product_pairs" ADD CONSTRAINT "product_pairs_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_pairs" ADD CONSTRAINT "product_pairs_other_id_products_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_pairs_top_idx" ON "product_pairs" USING btree ("product_id","orders" DESC NULLS LAST,"other_id");--> statement-breakpoint
CREATE INDEX "product_pairs_other_idx" ON "product_pairs" USING btree ("other_id");--> statement-breakpoint
CREATE INDEX "products_most_reviewed_idx" ON "products" USING btree ("rating_count" DESC NULLS LAST,"id") WHERE "products"."status" = 'active' AND "products"."rating_count" > 0;--> statement-breakpoint
CREATE INDEX "order_lines_preorder_waiting_idx" ON "order_lines" USING btree ("variant_id","id") WHERE "order_lines"."preorder_ships_on" IS NOT NULL AND "order_lines"."preorder_filled_at" IS NULL;--> statement-breakpoint
CREATE INDEX "orders_pairs_pending_idx" ON "orders" USING btree ("paid_at","id") WHERE "orders"."paid_at" IS NOT NULL AND "orders"."pairs_counted_at" IS NULL;--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_preorder" CHECK (("variants"."preorder_ships_on" IS NULL) = ("variants"."preorder_cap" IS NULL) AND ("variants"."preorder_cap" IS NULL OR "variants"."preorder_cap" > 0));--> statement-breakpoint
ALTER TABLE "variants" ADD CONSTRAINT "variants_preorder_backlog" CHECK ("variants"."preorder_backlog" >= 0);
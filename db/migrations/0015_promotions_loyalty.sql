CREATE TYPE "public"."points_entry_kind" AS ENUM('earned', 'redeemed', 'reversed', 'expired', 'adjusted');--> statement-breakpoint
CREATE TYPE "public"."discount_source" AS ENUM('flash_sale', 'member', 'automatic', 'coupon', 'points');--> statement-breakpoint
CREATE TYPE "public"."discount_target" AS ENUM('items', 'shipping');--> statement-breakpoint
CREATE TYPE "public"."promotion_type" AS ENUM('percent_off', 'fixed_off', 'free_shipping', 'spend_save', 'buy_x_get_y');--> statement-breakpoint
CREATE TABLE "loyalty_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"earn_points_per_unit" integer DEFAULT 1 NOT NULL,
	"review_points" integer DEFAULT 10 NOT NULL,
	"redeem_points_per_unit" integer DEFAULT 100 NOT NULL,
	"max_redeem_percent" integer DEFAULT 50 NOT NULL,
	"expiry_months" integer,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loyalty_settings_single_row" CHECK ("loyalty_settings"."id" = 1),
	CONSTRAINT "loyalty_settings_values" CHECK ("loyalty_settings"."earn_points_per_unit" >= 0 AND "loyalty_settings"."review_points" >= 0 AND "loyalty_settings"."redeem_points_per_unit" > 0 AND "loyalty_settings"."max_redeem_percent" BETWEEN 0 AND 100 AND ("loyalty_settings"."expiry_months" IS NULL OR "loyalty_settings"."expiry_months" > 0))
);
--> statement-breakpoint
CREATE TABLE "member_tiers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_tiers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"min_spend" integer NOT NULL,
	"percent_off" integer DEFAULT 0 NOT NULL,
	"free_shipping" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_tiers_values" CHECK ("member_tiers"."min_spend" >= 0 AND "member_tiers"."percent_off" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "points_ledger_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" "points_entry_kind" NOT NULL,
	"points" integer NOT NULL,
	"order_id" uuid,
	"review_id" integer,
	"reason" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_nonzero" CHECK ("points_ledger"."points" <> 0)
);
--> statement-breakpoint
CREATE TABLE "flash_sale_claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flash_sale_claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"flash_sale_id" integer NOT NULL,
	"order_id" uuid NOT NULL,
	"user_id" uuid,
	"email" text NOT NULL,
	"quantity" integer NOT NULL,
	"released_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flash_sale_claims_quantity" CHECK ("flash_sale_claims"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "flash_sales" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flash_sales_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"variant_id" integer NOT NULL,
	"sale_price" integer NOT NULL,
	"quantity_cap" integer NOT NULL,
	"sold_count" integer DEFAULT 0 NOT NULL,
	"per_customer_limit" integer DEFAULT 1 NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"paused_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flash_sales_price" CHECK ("flash_sales"."sale_price" >= 0),
	CONSTRAINT "flash_sales_cap" CHECK ("flash_sales"."quantity_cap" > 0 AND "flash_sales"."sold_count" >= 0 AND "flash_sales"."sold_count" <= "flash_sales"."quantity_cap"),
	CONSTRAINT "flash_sales_per_customer" CHECK ("flash_sales"."per_customer_limit" > 0),
	CONSTRAINT "flash_sales_window" CHECK ("flash_sales"."starts_at" < "flash_sales"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "order_discount_allocations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "order_discount_allocations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_discount_id" integer NOT NULL,
	"order_line_id" integer NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "order_discount_allocations_amount" CHECK ("order_discount_allocations"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "order_discounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "order_discounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"order_id" uuid NOT NULL,
	"source" "discount_source" NOT NULL,
	"target" "discount_target" NOT NULL,
	"promotion_id" integer,
	"flash_sale_id" integer,
	"code" text,
	"label" text NOT NULL,
	"amount" integer NOT NULL,
	"points" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "order_discounts_amount" CHECK ("order_discounts"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "promotion_redemptions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "promotion_redemptions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"promotion_id" integer NOT NULL,
	"order_id" uuid NOT NULL,
	"user_id" uuid,
	"email" text NOT NULL,
	"amount" integer NOT NULL,
	"released_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promotions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "promotions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"code" text,
	"type" "promotion_type" NOT NULL,
	"amount" integer DEFAULT 0 NOT NULL,
	"tiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"buy_quantity" integer,
	"get_quantity" integer,
	"min_spend" integer DEFAULT 0 NOT NULL,
	"max_discount" integer,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"usage_limit" integer,
	"per_customer_limit" integer,
	"used_count" integer DEFAULT 0 NOT NULL,
	"first_order_only" boolean DEFAULT false NOT NULL,
	"stackable" boolean DEFAULT true NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"product_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"category_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"brand_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"min_tier_id" integer,
	"paused_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promotions_amount" CHECK ("promotions"."amount" >= 0 AND ("promotions"."type" <> 'percent_off' OR "promotions"."amount" BETWEEN 1 AND 100)),
	CONSTRAINT "promotions_used" CHECK ("promotions"."used_count" >= 0 AND ("promotions"."usage_limit" IS NULL OR "promotions"."used_count" <= "promotions"."usage_limit")),
	CONSTRAINT "promotions_limits" CHECK (("promotions"."usage_limit" IS NULL OR "promotions"."usage_limit" > 0) AND ("promotions"."per_customer_limit" IS NULL OR "promotions"."per_customer_limit" > 0)),
	CONSTRAINT "promotions_window" CHECK ("promotions"."starts_at" IS NULL OR "promotions"."ends_at" IS NULL OR "promotions"."starts_at" < "promotions"."ends_at"),
	CONSTRAINT "promotions_min_spend" CHECK ("promotions"."min_spend" >= 0 AND ("promotions"."max_discount" IS NULL OR "promotions"."max_discount" > 0)),
	CONSTRAINT "promotions_buy_get" CHECK ("promotions"."type" <> 'buy_x_get_y' OR ("promotions"."buy_quantity" > 0 AND "promotions"."get_quantity" > 0))
);
--> statement-breakpoint
ALTER TABLE "carts" ADD COLUMN "coupon_code" text;--> statement-breakpoint
ALTER TABLE "store_settings" ADD COLUMN "flash_sale_payment_timeout_minutes" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "loyalty_settings" ADD CONSTRAINT "loyalty_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_sale_claims" ADD CONSTRAINT "flash_sale_claims_flash_sale_id_flash_sales_id_fk" FOREIGN KEY ("flash_sale_id") REFERENCES "public"."flash_sales"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_sale_claims" ADD CONSTRAINT "flash_sale_claims_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_sale_claims" ADD CONSTRAINT "flash_sale_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_sales" ADD CONSTRAINT "flash_sales_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flash_sales" ADD CONSTRAINT "flash_sales_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_discount_allocations" ADD CONSTRAINT "order_discount_allocations_order_discount_id_order_discounts_id_fk" FOREIGN KEY ("order_discount_id") REFERENCES "public"."order_discounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_discount_allocations" ADD CONSTRAINT "order_discount_allocations_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_discounts" ADD CONSTRAINT "order_discounts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_discounts" ADD CONSTRAINT "order_discounts_promotion_id_promotions_id_fk" FOREIGN KEY ("promotion_id") REFERENCES "public"."promotions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_discounts" ADD CONSTRAINT "order_discounts_flash_sale_id_flash_sales_id_fk" FOREIGN KEY ("flash_sale_id") REFERENCES "public"."flash_sales"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_promotion_id_promotions_id_fk" FOREIGN KEY ("promotion_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotion_redemptions" ADD CONSTRAINT "promotion_redemptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_min_tier_id_member_tiers_id_fk" FOREIGN KEY ("min_tier_id") REFERENCES "public"."member_tiers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promotions" ADD CONSTRAINT "promotions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_tiers_min_spend_key" ON "member_tiers" USING btree ("min_spend");--> statement-breakpoint
CREATE UNIQUE INDEX "member_tiers_name_key" ON "member_tiers" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "points_ledger_user_idx" ON "points_ledger" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "points_ledger_order_idx" ON "points_ledger" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "points_ledger_expiry_idx" ON "points_ledger" USING btree ("expires_at") WHERE "points_ledger"."kind" = 'earned' AND "points_ledger"."expires_at" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_order_earned_key" ON "points_ledger" USING btree ("order_id") WHERE "points_ledger"."kind" = 'earned' AND "points_ledger"."order_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_review_earned_key" ON "points_ledger" USING btree ("review_id") WHERE "points_ledger"."kind" = 'earned' AND "points_ledger"."review_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "flash_sale_claims_order_key" ON "flash_sale_claims" USING btree ("flash_sale_id","order_id");--> statement-breakpoint
CREATE INDEX "flash_sale_claims_user_idx" ON "flash_sale_claims" USING btree ("flash_sale_id","user_id");--> statement-breakpoint
CREATE INDEX "flash_sale_claims_email_idx" ON "flash_sale_claims" USING btree ("flash_sale_id","email");--> statement-breakpoint
CREATE INDEX "flash_sales_variant_idx" ON "flash_sales" USING btree ("variant_id","ends_at");--> statement-breakpoint
CREATE INDEX "flash_sales_window_idx" ON "flash_sales" USING btree ("ends_at","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "order_discount_allocations_key" ON "order_discount_allocations" USING btree ("order_discount_id","order_line_id");--> statement-breakpoint
CREATE INDEX "order_discount_allocations_line_idx" ON "order_discount_allocations" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "order_discounts_order_idx" ON "order_discounts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_discounts_promotion_idx" ON "order_discounts" USING btree ("promotion_id");--> statement-breakpoint
CREATE UNIQUE INDEX "promotion_redemptions_order_key" ON "promotion_redemptions" USING btree ("promotion_id","order_id");--> statement-breakpoint
CREATE INDEX "promotion_redemptions_user_idx" ON "promotion_redemptions" USING btree ("promotion_id","user_id");--> statement-breakpoint
CREATE INDEX "promotion_redemptions_email_idx" ON "promotion_redemptions" USING btree ("promotion_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "promotions_code_key" ON "promotions" USING btree (lower("code")) WHERE "promotions"."code" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "promotions_automatic_idx" ON "promotions" USING btree ("ends_at") WHERE "promotions"."code" IS NULL AND "promotions"."ended_at" IS NULL;--> statement-breakpoint
ALTER TABLE "store_settings" ADD CONSTRAINT "store_settings_flash_timeout_positive" CHECK ("store_settings"."flash_sale_payment_timeout_minutes" > 0);
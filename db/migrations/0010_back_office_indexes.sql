CREATE INDEX "order_lines_title_trgm_idx" ON "order_lines" USING gin ("product_title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_paid_at_idx" ON "orders" USING btree ("paid_at") WHERE "orders"."paid_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "cache_tag_revalidations_at_idx" ON "cache_tag_revalidations" USING btree ("revalidated_at");
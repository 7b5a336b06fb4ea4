ALTER TABLE "orders" ADD COLUMN "payment_booked_at" timestamp with time zone;--> statement-breakpoint
-- Orders paid so far had their invoice issued and their sales counted in the payment's own transaction.
UPDATE "orders" SET "payment_booked_at" = "paid_at" WHERE "paid_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_booking_pending_idx" ON "orders" USING btree ("paid_at","id") WHERE "orders"."paid_at" IS NOT NULL AND "orders"."payment_booked_at" IS NULL;
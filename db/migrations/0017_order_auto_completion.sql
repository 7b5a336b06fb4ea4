ALTER TABLE "store_settings" ADD COLUMN "auto_deliver_after_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "store_settings" ADD COLUMN "auto_complete_after_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "store_settings" ADD CONSTRAINT "store_settings_auto_deliver_positive" CHECK ("store_settings"."auto_deliver_after_days" > 0);--> statement-breakpoint
ALTER TABLE "store_settings" ADD CONSTRAINT "store_settings_auto_complete_positive" CHECK ("store_settings"."auto_complete_after_days" > 0);
ALTER TABLE "mail_outbox" ADD COLUMN "unsent_text" text;--> statement-breakpoint
CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox" USING btree ("created_at");
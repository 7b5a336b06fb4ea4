CREATE TYPE "public"."export_report" AS ENUM('products', 'orders', 'refunds', 'payments', 'ledger', 'daily', 'stock');--> statement-breakpoint
CREATE TYPE "public"."export_status" AS ENUM('queued', 'preparing', 'ready', 'failed');--> statement-breakpoint
CREATE TABLE "csv_exports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "csv_exports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report" "export_report" NOT NULL,
	"params" jsonb NOT NULL,
	"filename" text NOT NULL,
	"status" "export_status" DEFAULT 'queued' NOT NULL,
	"error" text,
	"rows" integer,
	"bytes" bigint,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "export_chunks" (
	"export_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "export_chunks_export_id_seq_pk" PRIMARY KEY("export_id","seq")
);
--> statement-breakpoint
ALTER TABLE "csv_exports" ADD CONSTRAINT "csv_exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_chunks" ADD CONSTRAINT "export_chunks_export_id_csv_exports_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."csv_exports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "csv_exports_created_at_idx" ON "csv_exports" USING btree ("created_at");
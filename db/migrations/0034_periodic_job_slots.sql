CREATE TABLE "periodic_job_slots" (
	"task" text PRIMARY KEY NOT NULL,
	"last_slot" bigint NOT NULL
);

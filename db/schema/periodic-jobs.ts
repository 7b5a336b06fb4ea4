import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The last schedule slot (epoch ms ÷ the interval) in which each periodic job was queued
 * (lib/jobs/periodic.ts): every instance's scheduler ticks, and the one whose update moves
 * the slot forward adds the job, so the fleet queues each periodic job once per interval.
 */
export const periodicJobSlots = pgTable("periodic_job_slots", {
  task: text().primaryKey(),
  lastSlot: bigint({ mode: "number" }).notNull(),
});

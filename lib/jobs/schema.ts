import { z } from "zod";

/** `Retry` on /admin/jobs: the id of a dead-lettered job (a bigint, as text). */
export const retryJobSchema = z.object({ id: z.string().regex(/^\d{1,19}$/, "That job does not exist.") });
export type RetryJobInput = z.infer<typeof retryJobSchema>;

import { z } from "zod";

// Next refuses tags longer than 256 characters and paths longer than 1024.
const tag = z.string().trim().min(1).max(256);
const path = z.string().trim().regex(/^\//, "must start with /").max(1024);

/** Body of POST /api/admin/revalidate: cache tags and/or paths to refresh on every instance. */
export const revalidateRequestSchema = z
  .object({
    tags: z.array(tag).max(100).default([]),
    paths: z
      .array(z.object({ path, type: z.enum(["page", "layout"]).optional() }))
      .max(100)
      .default([]),
  })
  .refine((r) => r.tags.length + r.paths.length > 0, { message: "name at least one tag or path" });

export type RevalidateRequest = z.infer<typeof revalidateRequestSchema>;

import { z } from "zod";

export const addSharedCartSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/, "This link is not valid.") });

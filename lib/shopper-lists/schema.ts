import { z } from "zod";

export const productIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

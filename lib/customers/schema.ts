import { z } from "zod";
import { userRole } from "@/db/schema";

export const changeRoleSchema = z.object({
  userId: z.uuid({ message: "That account could not be found." }),
  role: z.enum(userRole.enumValues, { message: "Choose customer, staff or admin." }),
});
export const accountControlSchema = z.object({
  userId: z.uuid({ message: "That account could not be found." }),
});

/** `Disable account` ("1") or `Enable account` ("0"), on the same form. */
export const accountDisabledSchema = accountControlSchema.extend({
  disable: z.enum(["0", "1"]),
});

export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const customerListSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

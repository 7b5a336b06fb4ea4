import { z } from "zod";
import { orderNumberSchema } from "@/lib/orders/schema";
import { linesFromForm } from "@/lib/refunds/schema";

/** Exchange choices are named `exchange-<order line id>` (a variant id). */
export const EXCHANGE_PREFIX = "exchange-";
/** Restock quantities on receipt are named `restock-<order line id>`. */
export const RESTOCK_PREFIX = "restock-";

const quantity = z.number().int("Enter a whole number").min(0, "Enter 0 or more").max(10_000);

/** `<prefix><id>` fields as id → whole number (NaN when not a number, refused by the schema). */
function numbersFromForm(form: FormData, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(prefix) || typeof value !== "string" || value.trim() === "") continue;
    out[name.slice(prefix.length)] = Number(value.trim());
  }
  return out;
}

export const createReturnSchema = z.object({
  number: orderNumberSchema,
  lines: z.array(z.object({ orderLineId: z.number().int().positive(), quantity })),
  reason: z.string().trim().min(5, "Tell us in a few words why you return these items").max(1000, "Keep the reason under 1000 characters"),
  resolution: z.enum(["refund", "exchange"], { error: "Choose a refund or an exchange" }),
  exchange: z.record(z.string(), z.number().int().positive()),
});
export type CreateReturnInput = z.infer<typeof createReturnSchema>;

export const createReturnFormInput = (form: FormData) => ({
  number: form.get("number"),
  reason: form.get("reason"),
  resolution: form.get("resolution") ?? undefined,
  lines: linesFromForm(form),
  exchange: numbersFromForm(form, EXCHANGE_PREFIX),
});

const returnNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^MC-\d{4}-\d{6,}-R\d+$/, "That is not a return number");

export const returnFormSchema = z.object({ returnNumber: returnNumberSchema });

export const sendReturnSchema = returnFormSchema.extend({
  carrier: z.string().trim().min(2, "Enter the carrier").max(60),
  trackingNumber: z.string().trim().min(4, "Enter the tracking number").max(60),
});

export const decideReturnSchema = returnFormSchema.extend({
  note: z.string().trim().max(1000, "Keep the note under 1000 characters").optional(),
});

export const receiveReturnSchema = returnFormSchema.extend({ restock: z.record(z.string(), quantity) });
export const receiveReturnFormInput = (form: FormData) => ({
  returnNumber: form.get("returnNumber"),
  restock: numbersFromForm(form, RESTOCK_PREFIX),
});

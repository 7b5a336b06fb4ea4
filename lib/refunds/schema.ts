import { z } from "zod";
import { orderNumberSchema } from "@/lib/orders/schema";

/** Per-line quantity fields are named `qty-<order line id>`. */
export const QTY_PREFIX = "qty-";

const quantity = z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(0, "Enter 0 or more").max(10_000);

/** The lines a form chose: every `qty-<id>` field with more than 0. */
export function linesFromForm(form: FormData): { orderLineId: number; quantity: number }[] {
  const lines: { orderLineId: number; quantity: number }[] = [];
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(QTY_PREFIX) || typeof value !== "string") continue;
    const id = Number(name.slice(QTY_PREFIX.length));
    const n = Number(value.trim() || "0");
    if (Number.isInteger(id) && id > 0) lines.push({ orderLineId: id, quantity: Number.isFinite(n) ? n : NaN });
  }
  return lines;
}

const linesSchema = z.array(z.object({ orderLineId: z.number().int().positive(), quantity }));

/** Staff refund without a return (e.g. the item never arrived): lines and quantities, the shipping or not, a reason. */
export const noReturnRefundSchema = z.object({
  number: orderNumberSchema,
  lines: linesSchema,
  shipping: z.literal("on").optional(),
  reason: z.string().trim().min(3, "Say why you refund (the shopper sees it)").max(500, "Keep the reason under 500 characters"),
});

/** How a refund form becomes the value its schema reads. */
export const refundFormInput = (form: FormData) => ({ ...Object.fromEntries(form.entries()), lines: linesFromForm(form) });

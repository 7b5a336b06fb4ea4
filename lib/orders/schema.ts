import { z } from "zod";

export const orderNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^MC-\d{4}-\d{6,}$/, "Enter the order number as it appears in your e-mail, e.g. MC-2026-000123");

export const refundRequestSchema = z.object({
  number: orderNumberSchema,
  reason: z.string().trim().min(5, "Tell us in a few words why you want a refund").max(1000, "Keep the reason under 1000 characters"),
});

export const orderNumberFormSchema = z.object({ number: orderNumberSchema });

export const shipSchema = z.object({
  carrier: z.string().trim().min(2, "Enter the carrier").max(60),
  trackingNumber: z.string().trim().min(4, "Enter the tracking number").max(60),
});

export const trackSchema = z.object({
  number: orderNumberSchema,
  email: z.string().trim().toLowerCase().pipe(z.email("Enter the e-mail address used for the order")),
});

// Back office: every staff form names the order by number.
const optionalNote = z.string().trim().max(1000, "Keep the note under 1000 characters").optional();

export const shipFormSchema = orderNumberFormSchema.extend(shipSchema.shape);
export const staffNoteFormSchema = orderNumberFormSchema.extend({ note: optionalNote });
export const approveRefundFormSchema = orderNumberFormSchema.extend({ restock: z.literal("on").optional() });
export const internalNoteFormSchema = orderNumberFormSchema.extend({
  note: z.string().trim().min(1, "Write the note first").max(2000, "Keep the note under 2000 characters"),
});

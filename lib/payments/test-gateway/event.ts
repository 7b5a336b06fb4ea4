import { z } from "zod";

/** The JSON body of a test gateway webhook. */
export const testGatewayEventSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1).max(64),
  reference: z.string().min(1).max(200),
  amount: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  failureMessage: z.string().max(500).optional(),
});

export type TestGatewayEvent = z.infer<typeof testGatewayEventSchema>;

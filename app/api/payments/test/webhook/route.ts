import { receiveWebhook } from "@/lib/payments/webhook";

/** The test gateway's signed payment results (Mercato-Signature: t=…,v1=…). */
export function POST(request: Request) {
  return receiveWebhook("test", request);
}

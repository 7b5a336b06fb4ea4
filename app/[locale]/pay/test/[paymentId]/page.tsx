import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TestCardForm } from "@/components/payments/test-card-form";
import { GatewayPage } from "./_components/gateway-page";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payment.meta");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The test gateway's card page. */
export default async function TestPaymentPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  return (
    <GatewayPage paymentId={paymentId} method="card">
      <TestCardForm paymentId={paymentId} />
    </GatewayPage>
  );
}

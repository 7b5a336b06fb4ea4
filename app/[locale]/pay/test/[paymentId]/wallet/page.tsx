import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TestWalletForm } from "@/components/payments/test-wallet-form";
import { GatewayPage } from "../_components/gateway-page";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payment.meta");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The test wallet's page: no card, the shopper only confirms. */
export default async function TestWalletPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  return (
    <GatewayPage paymentId={paymentId} method="wallet">
      <TestWalletForm paymentId={paymentId} />
    </GatewayPage>
  );
}

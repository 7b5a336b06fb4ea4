import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { Link } from "@/lib/i18n/navigation";
import { activeProviderId } from "@/lib/payments/providers";
import { paymentMethodChoices } from "@/lib/payments/settings";
import { AdminOnly } from "../_components/admin-only";
import { PaymentMethodsForm } from "./_components/payment-methods-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPayments"))("title") };
}

export default async function PaymentSettingsPage() {
  const user = await requireStaffPage("/admin/settings/payments");
  if (user.role !== "admin") return <AdminOnly />;
  const [choices, t, payment] = await Promise.all([paymentMethodChoices(), getTranslations("adminPayments"), getTranslations("payment")]);
  const provider = activeProviderId();
  return (
    <>
      <Link href="/admin/settings" className="text-sm text-zinc-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      {provider === null ? (
        <p role="alert" className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-4">
          {t("noProvider")}
        </p>
      ) : (
        <>
          <p className="mb-4 text-sm text-zinc-600">
            {/* messages: adminPayments.provider.* */}
            {t("providerIs", { provider: t(`provider.${provider}`) })}
          </p>
          <PaymentMethodsForm
            // messages: payment.methods.*
            methods={choices.map(({ method, enabled }) => ({
              id: method.id,
              name: payment(`methods.${method.nameKey}`),
              icon: method.icon,
              enabled,
            }))}
          />
        </>
      )}
    </>
  );
}

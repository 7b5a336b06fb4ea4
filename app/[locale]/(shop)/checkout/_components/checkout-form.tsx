"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useActionState, useState } from "react";
import { AddressFields } from "@/components/address/address-fields";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import type { AddressView } from "@/lib/addresses/types";
import { placeOrderAction } from "@/lib/checkout/actions";
import type { ShippingMethod } from "@/lib/checkout/shipping-rules";
import { initialActionState } from "@/lib/forms/action-state";
import type { PriceSummary } from "@/lib/pricing/quote";
import { InvoiceDetails } from "./invoice-details";
import { PaymentChoice, type PaymentChoiceOption } from "./payment-choice";
import { PointsChoice } from "./points-choice";
import { SavedAddressChoice } from "./saved-address-choice";
import { ShippingChoice } from "./shipping-choice";
import { Totals } from "./totals";

type Props = {
  checkoutKey: string;
  email: string;
  signedIn: boolean;
  addresses: AddressView[];
  methods: ShippingMethod[];
  subtotal: number;
  currency: string;
  /** per shipping method: the order priced with and without points */
  quotes: Record<string, { withPoints: PriceSummary; withoutPoints: PriceSummary }>;
  couponCode: string | null;
  /** the payment methods the store enables, in order */
  paymentMethods: PaymentChoiceOption[];
};

export function CheckoutForm({
  checkoutKey,
  email,
  signedIn,
  addresses,
  methods,
  subtotal,
  currency,
  quotes,
  couponCode,
  paymentMethods,
}: Props) {
  const t = useTranslations("checkoutForm");
  const [state, action] = useActionState(placeOrderAction, initialActionState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const defaultAddress = addresses.find((a) => a.isDefault) ?? addresses[0];
  const [addressChoice, setAddressChoice] = useState(values.savedAddressId ?? (defaultAddress ? String(defaultAddress.id) : "new"));
  const [methodCode, setMethodCode] = useState(values.shippingMethod ?? methods[0]?.code ?? "");
  const [paymentMethod, setPaymentMethod] = useState(values.paymentMethod ?? paymentMethods[0]?.id ?? "");
  const [pointsOn, setPointsOn] = useState(values.usePoints === "on");
  const quote = quotes[methodCode];
  const summary = quote ? (pointsOn ? quote.withPoints : quote.withoutPoints) : null;

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="checkoutKey" value={checkoutKey} />
      {/* What the shopper sees: the server refuses the order if its own total comes out higher. */}
      <input type="hidden" name="quotedTotal" value={summary?.total ?? ""} />

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("contact")}</legend>
        <TextField
          name="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          required
          defaultValue={values.email ?? email}
          error={errors.email}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t("shippingAddress")}</legend>
        {addresses.length > 0 && (
          <SavedAddressChoice addresses={addresses} value={addressChoice} onChange={setAddressChoice} error={errors.savedAddressId} />
        )}
        {addressChoice === "new" && (
          <>
            <AddressFields values={values} errors={errors} />
            {signedIn && (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="saveAddress" defaultChecked={values.saveAddress === "on"} className="h-4 w-4" />
                {t("saveAddress")}
              </label>
            )}
          </>
        )}
      </fieldset>

      <ShippingChoice
        methods={methods}
        value={methodCode}
        onChange={setMethodCode}
        subtotal={subtotal}
        currency={currency}
        error={errors.shippingMethod}
      />

      <InvoiceDetails values={values} errors={errors} />

      {quote && <PointsChoice summary={quote.withPoints} checked={pointsOn} onChange={setPointsOn} />}
      {couponCode && (
        <p className="text-sm">
          {t.rich("coupon", {
            code: couponCode.toUpperCase(),
            strong: (chunks) => <strong>{chunks}</strong>,
            link: (chunks) => (
              <Link href="/cart" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <PaymentChoice methods={paymentMethods} value={paymentMethod} onChange={setPaymentMethod} error={errors.paymentMethod} />
      <Totals summary={summary} earns={signedIn} />
      <p className="text-sm text-zinc-600">{t("payNext")}</p>
      <SubmitButton>{t("placeOrder")}</SubmitButton>
    </form>
  );
}

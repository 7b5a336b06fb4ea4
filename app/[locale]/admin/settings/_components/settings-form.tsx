"use client";

import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, TextField } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";
import { saveStoreSettingsAction } from "@/lib/settings/actions";
import type { StoreSettingsForm } from "@/lib/settings/queries";

/** The store's name, currency, low-stock default, order auto-cancel time and automatic delivery/completion; empty fields use the server's defaults. */
export function SettingsForm({ settings, otherCurrencyProducts }: { settings: StoreSettingsForm; otherCurrencyProducts: number }) {
  const [state, action] = useActionState(saveStoreSettingsAction, initialActionState);
  const { saved, defaults } = settings;
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const value = (name: Exclude<keyof typeof saved, "reviewOrdersBeforeFulfilment">) =>
    v?.[name] ?? (saved[name] === null ? "" : String(saved[name]));
  const currency = saved.currency ?? defaults.currency;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <TextField
        name="storeName"
        label="Store name"
        defaultValue={value("storeName")}
        placeholder={defaults.storeName}
        error={e.storeName}
        maxLength={80}
        hint={`Shown in the header, footer, page titles and e-mails. Empty uses the default, ${defaults.storeName}.`}
      />
      <TextField
        name="currency"
        label="Currency"
        defaultValue={value("currency")}
        placeholder={defaults.currency}
        error={e.currency}
        maxLength={3}
        autoCapitalize="characters"
        className="uppercase"
        hint={`ISO 4217 code, e.g. USD, EUR, GBP or CNY (now ${currency}). New products, price filters, carts and shipping rates use it. Changing it does not convert existing prices: products priced in another currency keep it and cannot be bought until they are re-priced, and shipping rate amounts are read in the new currency as they stand.`}
      />
      {otherCurrencyProducts > 0 && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {otherCurrencyProducts === 1 ? "1 active product is" : `${otherCurrencyProducts} active products are`} priced in another currency
          than {currency}: shoppers cannot add
          {otherCurrencyProducts === 1 ? " it" : " them"} to the cart until re-priced.
        </p>
      )}
      <NumberField
        name="lowStockThreshold"
        label="Low-stock default"
        min={0}
        defaultValue={value("lowStockThreshold")}
        error={e.lowStockThreshold}

        hint="A variant counts as low on stock at or below this many items, unless it has its own threshold. Product pages then say “Only N left”."
      />
      <NumberField
        name="orderPaymentTimeoutMinutes"
        label="Order auto-cancel time (minutes)"
        min={1}
        max={10080}
        defaultValue={value("orderPaymentTimeoutMinutes")}
        placeholder={String(defaults.orderPaymentTimeoutMinutes)}
        error={e.orderPaymentTimeoutMinutes}

        hint={`An order not paid within this time is cancelled and its stock put back. Applies to orders placed from now on. Empty uses the default, ${defaults.orderPaymentTimeoutMinutes} minutes.`}
      />
      <NumberField
        name="flashSalePaymentTimeoutMinutes"
        label="Flash-sale payment time (minutes)"
        min={1}
        max={1440}
        defaultValue={value("flashSalePaymentTimeoutMinutes")}
        error={e.flashSalePaymentTimeoutMinutes}
        hint="An unpaid order holding flash-sale units is cancelled sooner, so its units go back to the sale for other shoppers."
      />
      <NumberField
        name="autoDeliverAfterDays"
        label="Days until shipped orders count as delivered"
        min={1}
        max={365}
        defaultValue={value("autoDeliverAfterDays")}
        error={e.autoDeliverAfterDays}
        hint="A shipped order is marked delivered this many days after shipping unless the shopper asked for a refund first. The shopper gets no e-mail for it."
      />
      <NumberField
        name="autoCompleteAfterDays"
        label="Days until delivered orders are completed"
        min={1}
        max={365}
        defaultValue={value("autoCompleteAfterDays")}
        error={e.autoCompleteAfterDays}
        hint="A delivered order is completed this many days after delivery unless the shopper asked for a refund first."
      />
      <NumberField
        name="backInStockMultiple"
        label="Back-in-stock e-mails per unit"
        min={1}
        max={100}
        defaultValue={value("backInStockMultiple")}
        error={e.backInStockMultiple}
        hint="When stock comes back, each unit that arrived e-mails at most this many shoppers who asked to be told (Notify me), oldest first; the rest wait for more stock."
      />
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <input
            id="reviewOrdersBeforeFulfilment"
            name="reviewOrdersBeforeFulfilment"
            type="checkbox"
            defaultChecked={v ? v.reviewOrdersBeforeFulfilment === "on" : saved.reviewOrdersBeforeFulfilment}
            aria-describedby="reviewOrdersBeforeFulfilment-hint"
            className="h-4 w-4"
          />
          <label htmlFor="reviewOrdersBeforeFulfilment" className="text-sm font-medium">
            Review orders before fulfilment
          </label>
        </div>
        <p id="reviewOrdersBeforeFulfilment-hint" className="text-sm text-zinc-600">
          Paid orders wait in “Awaiting review” until staff approve them (Approve order); only then can they ship. Cancelling one refunds
          the payment. Applies to payments from now on.
        </p>
      </div>
      <div>
        <SubmitButton>Save settings</SubmitButton>
      </div>
    </form>
  );
}

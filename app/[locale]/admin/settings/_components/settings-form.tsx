"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { NumberField, SelectField, TextField } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { saveStoreSettingsAction } from "@/lib/settings/actions";
import type { StoreSettingsForm } from "@/lib/settings/queries";

/** The store's name, currency, default language, low-stock default, order auto-cancel time and automatic delivery/completion; empty fields use the server's defaults. */
export function SettingsForm({ settings, otherCurrencyProducts }: { settings: StoreSettingsForm; otherCurrencyProducts: number }) {
  const t = useTranslations("adminSettings.store");
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
        label={t("storeName")}
        defaultValue={value("storeName")}
        placeholder={defaults.storeName}
        error={e.storeName}
        maxLength={80}
        hint={t("storeNameHint", { name: defaults.storeName })}
      />
      <TextField
        name="currency"
        label={t("currency")}
        defaultValue={value("currency")}
        placeholder={defaults.currency}
        error={e.currency}
        maxLength={3}
        autoCapitalize="characters"
        className="uppercase"
        hint={t("currencyHint", { currency })}
      />
      {otherCurrencyProducts > 0 && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t("otherCurrency", { count: otherCurrencyProducts, currency })}
        </p>
      )}
      <SelectField
        name="defaultLocale"
        label={t("defaultLocale")}
        defaultValue={value("defaultLocale")}
        error={e.defaultLocale}
        hint={t("defaultLocaleHint")}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </SelectField>
      <NumberField
        name="lowStockThreshold"
        label={t("lowStock")}
        min={0}
        defaultValue={value("lowStockThreshold")}
        error={e.lowStockThreshold}

        hint={t("lowStockHint")}
      />
      <NumberField
        name="orderPaymentTimeoutMinutes"
        label={t("timeout")}
        min={1}
        max={10080}
        defaultValue={value("orderPaymentTimeoutMinutes")}
        placeholder={String(defaults.orderPaymentTimeoutMinutes)}
        error={e.orderPaymentTimeoutMinutes}

        hint={t("timeoutHint", { minutes: defaults.orderPaymentTimeoutMinutes })}
      />
      <NumberField
        name="flashSalePaymentTimeoutMinutes"
        label={t("flashTimeout")}
        min={1}
        max={1440}
        defaultValue={value("flashSalePaymentTimeoutMinutes")}
        error={e.flashSalePaymentTimeoutMinutes}
        hint={t("flashTimeoutHint")}
      />
      <NumberField
        name="autoDeliverAfterDays"
        label={t("autoDeliver")}
        min={1}
        max={365}
        defaultValue={value("autoDeliverAfterDays")}
        error={e.autoDeliverAfterDays}
        hint={t("autoDeliverHint")}
      />
      <NumberField
        name="autoCompleteAfterDays"
        label={t("autoComplete")}
        min={1}
        max={365}
        defaultValue={value("autoCompleteAfterDays")}
        error={e.autoCompleteAfterDays}
        hint={t("autoCompleteHint")}
      />
      <NumberField
        name="backInStockMultiple"
        label={t("backInStock")}
        min={1}
        max={100}
        defaultValue={value("backInStockMultiple")}
        error={e.backInStockMultiple}
        hint={t("backInStockHint")}
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
            {t("review")}
          </label>
        </div>
        <p id="reviewOrdersBeforeFulfilment-hint" className="text-sm text-zinc-600">
          {t("reviewHint")}
        </p>
      </div>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

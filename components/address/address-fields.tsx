"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useReducer, useRef, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { COUNTRIES, countryName, DEFAULT_COUNTRY } from "@/lib/addresses/countries";
import { ChinaRegionFields } from "./china-region-fields";

type Props = {
  values?: Record<string, string | null | undefined>;
  errors?: Record<string, string>;
};

/**
 * The shipping-address fields, named as the address schema reads them. They follow the country:
 * China chooses province → city → district from lists and needs a mobile number; elsewhere
 * Address, City, Postal code and an optional Phone.
 */
export function AddressFields({ values = {}, errors = {} }: Props) {
  const t = useTranslations("address");
  const locale = useLocale();
  const [country, setCountry] = useState(values.country || DEFAULT_COUNTRY);
  const china = country === "CN";
  // Errors are message keys (lib/addresses/schema.ts); anything else (a server refusal) is shown as it is.
  const error = (field: string) => {
    const e = errors[field];
    return e && t.has(`errors.${e}`) ? t(`errors.${e}`) : e;
  };
  const value = (field: string) => values[field] ?? undefined;
  // React resets a form after its action ran; that puts every <select> on its first option while the
  // lists' state still says otherwise. Rendering again afterwards sets the chosen options back.
  const anchor = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const form = anchor.current?.closest("form");
    const onReset = () => setTimeout(rerender, 0);
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, []);
  // The street comes after the region lists in China, before the city elsewhere.
  const street = (
    <TextField
      name="line1"
      label={t("fields.line1")}
      autoComplete="street-address"
      required
      defaultValue={value("line1")}
      error={error("line1")}
    />
  );
  return (
    <div ref={anchor} className="contents">
      <SelectField
        name="country"
        label={t("fields.country")}
        autoComplete="country"
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        error={error("country")}
      >
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {countryName(c.code, locale)}
          </option>
        ))}
      </SelectField>
      <TextField
        name="fullName"
        label={t("fields.fullName")}
        autoComplete="name"
        required
        defaultValue={value("fullName")}
        error={error("fullName")}
      />
      {china ? (
        <>
          <ChinaRegionFields values={values} error={error} />
          {street}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="postalCode"
              label={t("fields.postalCode")}
              autoComplete="postal-code"
              inputMode="numeric"
              hint={t("fields.postalCodeOptional")}
              defaultValue={value("postalCode")}
              error={error("postalCode")}
            />
            <TextField
              name="phone"
              label={t("fields.mobile")}
              type="tel"
              autoComplete="tel-national"
              inputMode="numeric"
              required
              hint={t("fields.mobileHint")}
              defaultValue={value("phone")}
              error={error("phone")}
            />
          </div>
        </>
      ) : (
        <>
          {street}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="city"
              label={t("fields.city")}
              autoComplete="address-level2"
              required
              defaultValue={value("city")}
              error={error("city")}
            />
            <TextField
              name="postalCode"
              label={t("fields.postalCode")}
              autoComplete="postal-code"
              required
              defaultValue={value("postalCode")}
              error={error("postalCode")}
            />
          </div>
          <TextField
            name="phone"
            label={t("fields.phone")}
            type="tel"
            autoComplete="tel"
            hint={t("fields.phoneHint")}
            defaultValue={value("phone")}
            error={error("phone")}
          />
        </>
      )}
    </div>
  );
}

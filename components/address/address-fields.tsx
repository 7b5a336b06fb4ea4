import { SelectField, TextField } from "@/components/ui/field";
import { COUNTRIES, DEFAULT_COUNTRY } from "@/lib/addresses/countries";

type Props = {
  values?: Record<string, string | undefined>;
  errors?: Record<string, string>;
};

/** The shipping-address fields (Full name, Address, City, Postal code, Country, Phone), named as the checkout schema reads them. */
export function AddressFields({ values = {}, errors = {} }: Props) {
  return (
    <>
      <TextField name="fullName" label="Full name" autoComplete="name" required defaultValue={values.fullName} error={errors.fullName} />
      <TextField name="line1" label="Address" autoComplete="street-address" required defaultValue={values.line1} error={errors.line1} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="city" label="City" autoComplete="address-level2" required defaultValue={values.city} error={errors.city} />
        <TextField
          name="postalCode"
          label="Postal code"
          autoComplete="postal-code"
          required
          defaultValue={values.postalCode}
          error={errors.postalCode}
        />
      </div>
      <SelectField
        name="country"
        label="Country"
        autoComplete="country"
        defaultValue={values.country ?? DEFAULT_COUNTRY}
        error={errors.country}
      >
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="Optional, for the courier"
        defaultValue={values.phone}
        error={errors.phone}
      />
    </>
  );
}

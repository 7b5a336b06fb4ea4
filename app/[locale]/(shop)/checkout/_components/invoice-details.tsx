import { TextField } from "@/components/ui/field";

/** Optional company name and tax number for the invoice, folded away unless given (or refused). */
export function InvoiceDetails({ values, errors }: { values: Record<string, string>; errors: Record<string, string> }) {
  const open = Boolean(values.invoiceCompany || values.invoiceTaxNumber || errors.invoiceCompany || errors.invoiceTaxNumber);
  return (
    <details open={open} className="rounded-xl border border-zinc-200 p-4">
      <summary className="cursor-pointer font-medium">Invoice for a company (optional)</summary>
      <fieldset className="mt-4 flex flex-col gap-4">
        <legend className="sr-only">Invoice details</legend>
        <p className="text-sm text-zinc-600">
          Printed on your invoice. You can download the invoice from your order page once you have paid.
        </p>
        <TextField
          name="invoiceCompany"
          label="Company name (invoice)"
          autoComplete="organization"
          maxLength={120}
          defaultValue={values.invoiceCompany ?? ""}
          error={errors.invoiceCompany}
        />
        <TextField
          name="invoiceTaxNumber"
          label="Tax number (invoice)"
          maxLength={40}
          defaultValue={values.invoiceTaxNumber ?? ""}
          error={errors.invoiceTaxNumber}
        />
      </fieldset>
    </details>
  );
}

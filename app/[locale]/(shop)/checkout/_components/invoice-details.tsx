import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";

/** Optional company name and tax number for the invoice, folded away unless given (or refused). */
export function InvoiceDetails({ values, errors }: { values: Record<string, string>; errors: Record<string, string> }) {
  const t = useTranslations("checkoutForm.invoice");
  const open = Boolean(values.invoiceCompany || values.invoiceTaxNumber || errors.invoiceCompany || errors.invoiceTaxNumber);
  return (
    <details open={open} className="rounded-xl border border-zinc-200 p-4">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <fieldset className="mt-4 flex flex-col gap-4">
        <legend className="sr-only">{t("legend")}</legend>
        <p className="text-sm text-zinc-600">{t("hint")}</p>
        <TextField
          name="invoiceCompany"
          label={t("company")}
          autoComplete="organization"
          maxLength={120}
          defaultValue={values.invoiceCompany ?? ""}
          error={errors.invoiceCompany}
        />
        <TextField
          name="invoiceTaxNumber"
          label={t("taxNumber")}
          maxLength={40}
          defaultValue={values.invoiceTaxNumber ?? ""}
          error={errors.invoiceTaxNumber}
        />
      </fieldset>
    </details>
  );
}

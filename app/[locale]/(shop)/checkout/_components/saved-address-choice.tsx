import { useTranslations } from "next-intl";
import type { AddressView } from "@/lib/addresses/types";
import { useLocale } from "next-intl";
import { addressParts } from "@/lib/addresses/format";

type Props = { addresses: AddressView[]; value: string; onChange: (value: string) => void; error?: string };

/** Radios for the shopper's saved addresses, plus "Somewhere else" (the new-address fields). */
export function SavedAddressChoice({ addresses, value, onChange, error }: Props) {
  const t = useTranslations("checkoutForm");
  const radio = "mt-1 h-4 w-4";
  const locale = useLocale();
  return (
    <div
      role="radiogroup"
      aria-label={t("shipTo")}
      aria-describedby={error ? "savedAddressId-error" : undefined}
      className="flex flex-col gap-2"
    >
      {addresses.map((a) => {
        const parts = addressParts(a, { phone: false, locale });
        const name = parts.find((p) => p.kind === "name")?.text;
        const rest = parts.filter((p) => p.kind !== "name").map((p) => p.text);
        return (
          <label key={a.id} className="flex items-start gap-2 rounded-lg border border-zinc-300 p-3 text-sm has-[:checked]:border-zinc-900">
            <input
              type="radio"
              name="savedAddressId"
              value={a.id}
              checked={value === String(a.id)}
              onChange={() => onChange(String(a.id))}
              className={radio}
            />
            <span>
              <span className="font-medium">{name}</span>, {rest.join(", ")}
              {a.isDefault && <span className="ml-2 rounded bg-zinc-100 px-1.5 text-xs">{t("default")}</span>}
            </span>
          </label>
        );
      })}
      <label className="flex items-start gap-2 rounded-lg border border-zinc-300 p-3 text-sm has-[:checked]:border-zinc-900">
        <input
          type="radio"
          name="savedAddressId"
          value="new"
          checked={value === "new"}
          onChange={() => onChange("new")}
          className={radio}
        />
        <span className="font-medium">{t("elsewhere")}</span>
      </label>
      {error && (
        <p id="savedAddressId-error" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

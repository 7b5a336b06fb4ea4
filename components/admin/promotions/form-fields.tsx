import { useTranslations } from "next-intl";
import { NumberField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { ScopeOptions } from "@/lib/promotions/admin/queries";

/** A form's values and errors as the fields read them (the action's state, else the stored promotion). */
export type FieldValues = { value: (name: string) => string; error: (name: string) => string | undefined };

/** `Starts at` and `Ends at` (UTC, to the minute). */
export function WindowFields({ f, required = false }: { f: FieldValues; required?: boolean }) {
  const t = useTranslations("adminPromotions.fields");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("when")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="startsAt"
          label={t("startsAt")}
          type="datetime-local"
          defaultValue={f.value("startsAt")}
          error={f.error("startsAt")}
        />
        <TextField name="endsAt" label={t("endsAt")} type="datetime-local" defaultValue={f.value("endsAt")} error={f.error("endsAt")} />
      </div>
      {!required && <p className="text-sm text-zinc-600">{t("windowHint")}</p>}
    </fieldset>
  );
}

function Checkbox({ name, label, hint, checked }: { name: string; label: string; hint: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input id={name} name={name} type="checkbox" defaultChecked={checked} className="mt-1 h-4 w-4" aria-describedby={`${name}-hint`} />
      <div>
        <label htmlFor={name} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${name}-hint`} className="text-sm text-zinc-600">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** Who and what a promotion applies to, and how it combines: scope, member tier, first order, priority, stacking. */
export function ScopeFields({ f, options }: { f: FieldValues; options: ScopeOptions }) {
  const chosen = (name: string) => f.value(name).split(",").filter(Boolean);
  const checked = (name: string) => f.value(name) === "on";
  const t = useTranslations("adminPromotions.fields");
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("eligible")}</legend>
        <TextAreaField
          name="productSlugs"
          label={t("products")}
          rows={2}
          defaultValue={f.value("productSlugs")}
          error={f.error("productSlugs")}
          hint={t("productsHint")}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="categoryIds"
            label={t("categories")}
            multiple
            size={6}
            defaultValue={chosen("categoryIds")}
            error={f.error("categoryIds")}
            hint={t("categoriesHint")}
          >
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="brandIds" label={t("brands")} multiple size={6} defaultValue={chosen("brandIds")} error={f.error("brandIds")}>
            {options.brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <SelectField name="minTierId" label={t("memberTier")} defaultValue={f.value("minTierId")} error={f.error("minTierId")}>
        <option value="">{t("everyone")}</option>
        {options.tiers.map((tier) => (
          <option key={tier.id} value={tier.id}>
            {t("tierAndAbove", { tier: tier.name })}
          </option>
        ))}
      </SelectField>
      <NumberField
        name="priority"
        label={t("priority")}
        defaultValue={f.value("priority") || "0"}
        error={f.error("priority")}
        hint={t("priorityHint")}
        className="max-w-32"
      />
      <Checkbox name="stackable" label={t("stackable")} hint={t("stackableHint")} checked={checked("stackable")} />
      <Checkbox name="firstOrderOnly" label={t("firstOrderOnly")} hint={t("firstOrderHint")} checked={checked("firstOrderOnly")} />
    </>
  );
}

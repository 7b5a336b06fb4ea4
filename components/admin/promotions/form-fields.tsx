import { NumberField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { ScopeOptions } from "@/lib/promotions/admin/queries";

/** A form's values and errors as the fields read them (the action's state, else the stored promotion). */
export type FieldValues = { value: (name: string) => string; error: (name: string) => string | undefined };

/** `Starts at` and `Ends at` (UTC, to the minute). */
export function WindowFields({ f, required = false }: { f: FieldValues; required?: boolean }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">When (UTC)</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="startsAt" label="Starts at" type="datetime-local" defaultValue={f.value("startsAt")} error={f.error("startsAt")} />
        <TextField name="endsAt" label="Ends at" type="datetime-local" defaultValue={f.value("endsAt")} error={f.error("endsAt")} />
      </div>
      {!required && <p className="text-sm text-zinc-600">Empty means from now, or with no end.</p>}
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
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Eligible items (all empty: every product)</legend>
        <TextAreaField
          name="productSlugs"
          label="Products"
          rows={2}
          defaultValue={f.value("productSlugs")}
          error={f.error("productSlugs")}
          hint="Product slugs, separated by commas, e.g. linen-shirt, oolong-tea."
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            name="categoryIds"
            label="Categories"
            multiple
            size={6}
            defaultValue={chosen("categoryIds")}
            error={f.error("categoryIds")}
            hint="With their subcategories; Ctrl or ⌘ to choose several."
          >
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="brandIds" label="Brands" multiple size={6} defaultValue={chosen("brandIds")} error={f.error("brandIds")}>
            {options.brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <SelectField name="minTierId" label="Member tier" defaultValue={f.value("minTierId")} error={f.error("minTierId")}>
        <option value="">Everyone</option>
        {options.tiers.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} and above
          </option>
        ))}
      </SelectField>
      <NumberField
        name="priority"
        label="Priority"
        defaultValue={f.value("priority") || "0"}
        error={f.error("priority")}
        hint="Higher applies first."
        className="max-w-32"
      />
      <Checkbox
        name="stackable"
        label="Stackable"
        hint="Adds up with other stackable promotions; if not, it is used alone when it saves more."
        checked={checked("stackable")}
      />
      <Checkbox
        name="firstOrderOnly"
        label="First order only"
        hint="Only for a shopper's first order."
        checked={checked("firstOrderOnly")}
      />
    </>
  );
}

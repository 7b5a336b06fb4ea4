"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldValues } from "@/components/admin/promotions/form-fields";
import { TextField } from "@/components/ui/field";

/** How many rows the form starts with: every typed or stored tier, and at least three (enough without JavaScript). */
function initialRows(f: FieldValues): number {
  let filled = 0;
  for (let i = 0; i < 20; i++) if (f.value(`tiers.${i}.spend`) || f.value(`tiers.${i}.save`)) filled = i + 1;
  return Math.max(3, filled + 1);
}

/** One `Spend` / `Save amount` pair per tier, lowest first; empty rows are ignored; `Add tier` adds a row. */
export function TierRows({ f, currency }: { f: FieldValues; currency: string }) {
  const t = useTranslations("adminPromotions.tiers");
  const [rows, setRows] = useState(() => initialRows(f));
  return (
    <fieldset className="space-y-2 rounded-xl border border-zinc-200 p-3">
      <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
      <p className="text-sm text-zinc-600">{t("hint", { currency })}</p>
      <ol className="space-y-2">
        {Array.from({ length: rows }, (_, i) => (
          <li key={i} className="grid gap-3 sm:grid-cols-2" aria-label={t("tier", { n: i + 1 })}>
            <TextField
              id={`tiers-${i}-spend`}
              name={`tiers.${i}.spend`}
              label={t("spend")}
              inputMode="decimal"
              defaultValue={f.value(`tiers.${i}.spend`)}
              error={f.error(`tiers.${i}.spend`)}
            />
            <TextField
              id={`tiers-${i}-save`}
              name={`tiers.${i}.save`}
              label={t("save")}
              inputMode="decimal"
              defaultValue={f.value(`tiers.${i}.save`)}
              error={f.error(`tiers.${i}.save`)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setRows((n) => Math.min(n + 1, 20))}
        className="rounded-full border border-zinc-400 bg-white px-4 py-2 text-sm font-medium hover:bg-zinc-50"
      >
        {t("add")}
      </button>
    </fieldset>
  );
}

"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { newUid } from "@/lib/products/draft";
import { TextField } from "@/components/ui/field";
import { Section, smallButton } from "./section";

export type OptionDraft = { uid: string; name: string; values: string; zhName: string };
type Props = { options: OptionDraft[]; errors: Record<string, string>; onChange: (options: OptionDraft[]) => void };

/** Options such as Size: S, M, L; each combination of their values is a variant. */
export function OptionFields({ options, errors, onChange }: Props) {
  // One blank row at the end, so an option can be added without JavaScript too; typing in it
  // makes it an option (keeping its key, so the field keeps focus) and a new blank row appears.
  const t = useTranslations("catalogAdmin");
  const f = useTranslations("adminProducts.form");
  const [blankUid, setBlankUid] = useState(newUid);
  const rows = [...options, { uid: blankUid, name: "", values: "", zhName: "" }];
  const set = (i: number, patch: Partial<OptionDraft>) => {
    if (i === options.length) setBlankUid(newUid());
    onChange(rows.map((o, j) => (j === i ? { ...o, ...patch } : o)).filter((o, j) => j < options.length || j === i));
  };
  return (
    <Section title={f("options")} description={f("optionsHint")}>
      {rows.map((o, i) => (
        <div key={o.uid} className="grid items-end gap-3 sm:grid-cols-[12rem_1fr_10rem_auto]">
          <TextField
            id={`options.${i}.name`}
            name={`options.${i}.name`}
            label={f("optionName", { number: i + 1 })}
            placeholder={i === 0 ? f("sizePlaceholder") : f("colorPlaceholder")}
            defaultValue={o.name}
            error={errors[`options.${i}.name`]}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
          />
          <TextField
            id={`options.${i}.values`}
            name={`options.${i}.values`}
            label={f("optionValues", { number: i + 1 })}
            placeholder={i === 0 ? f("sizeValuesPlaceholder") : f("colorValuesPlaceholder")}
            hint={f("optionValuesHint")}
            defaultValue={o.values}
            error={errors[`options.${i}.values`]}
            onChange={(e) => set(i, { values: e.currentTarget.value })}
          />
          <TextField
            id={`options.${i}.zhName`}
            name={`options.${i}.zhName`}
            label={t("optionName", { number: i + 1 })}
            lang="zh-CN"
            defaultValue={o.zhName}
            error={errors[`options.${i}.zhName`]}
            onChange={(e) => set(i, { zhName: e.currentTarget.value })}
          />
          {i < options.length ? (
            <button type="button" className={`${smallButton} mb-6`} onClick={() => onChange(options.filter((_, j) => j !== i))}>
              {f("removeOption", { number: i + 1 })}
            </button>
          ) : (
            <span />
          )}
        </div>
      ))}
    </Section>
  );
}

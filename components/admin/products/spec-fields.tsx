"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { Section, smallButton } from "./section";

type Spec = { name: string; value: string; zhName: string; zhValue: string };

/** Name/value rows shown as the product page's spec table; one blank row to add another. */
export function SpecFields({ specs, errors }: { specs: Spec[]; errors: Record<string, string> }) {
  const t = useTranslations("catalogAdmin");
  const f = useTranslations("adminProducts.form");
  const [rows, setRows] = useState(() => [...specs, { name: "", value: "", zhName: "", zhValue: "" }].map((s, i) => ({ ...s, key: i })));
  const [next, setNext] = useState(rows.length);
  return (
    <Section title={f("specs")} description={f("specsHint")}>
      {rows.map((s, i) => (
        <div key={s.key} className="grid items-end gap-3 sm:grid-cols-[12rem_1fr_10rem_1fr_auto]">
          <TextField
            id={`specs.${i}.name`}
            name={`specs.${i}.name`}
            label={f("specName", { number: i + 1 })}
            defaultValue={s.name}
            error={errors[`specs.${i}.name`]}
          />
          <TextField
            id={`specs.${i}.value`}
            name={`specs.${i}.value`}
            label={f("specValue", { number: i + 1 })}
            defaultValue={s.value}
            error={errors[`specs.${i}.value`]}
          />
          <TextField
            id={`specs.${i}.zhName`}
            name={`specs.${i}.zhName`}
            label={t("specName", { number: i + 1 })}
            lang="zh-CN"
            defaultValue={s.zhName}
            error={errors[`specs.${i}.zhName`]}
          />
          <TextField
            id={`specs.${i}.zhValue`}
            name={`specs.${i}.zhValue`}
            label={t("specValue", { number: i + 1 })}
            lang="zh-CN"
            defaultValue={s.zhValue}
            error={errors[`specs.${i}.zhValue`]}
          />
          <button type="button" className={smallButton} onClick={() => setRows(rows.filter((r) => r.key !== s.key))}>
            {f("removeSpec", { number: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className={smallButton}
        onClick={() => {
          setRows([...rows, { name: "", value: "", zhName: "", zhValue: "", key: next }]);
          setNext(next + 1);
        }}
      >
        {f("addSpec")}
      </button>
    </Section>
  );
}

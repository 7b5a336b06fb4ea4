"use client";

import { useTranslations } from "next-intl";
import type { ProductDraft } from "@/lib/products/draft";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Section } from "./section";

/** The product's title and description in Chinese (option and spec names are next to their rows). */
export function TranslationFields({ draft, errors }: { draft: ProductDraft; errors: Record<string, string> }) {
  const t = useTranslations("catalogAdmin");
  return (
    <Section title={t("section")} description={t("hint")}>
      <TextField
        id="zhTitle"
        name="zhTitle"
        label={t("title")}
        lang="zh-CN"
        defaultValue={draft.zhTitle}
        error={errors.zhTitle}
        maxLength={200}
      />
      <TextAreaField
        id="zhDescription"
        name="zhDescription"
        label={t("description")}
        lang="zh-CN"
        rows={5}
        defaultValue={draft.zhDescription}
        error={errors.zhDescription}
      />
    </Section>
  );
}

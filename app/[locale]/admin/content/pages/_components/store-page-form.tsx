"use client";

import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { SafeMarkdown } from "@/components/content/safe-markdown";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveStorePageAction } from "@/lib/content/pages/actions";
import { DEFAULT_PAGE_BODIES } from "@/lib/content/pages/defaults";
import { MAX_PAGE_BODY } from "@/lib/content/pages/schema";
import type { StorePageSlug } from "@/lib/content/pages/slugs";
import { fillPlaceholders, PLACEHOLDERS, type PageContext } from "@/lib/content/pages/template";
import { initialActionState } from "@/lib/forms/action-state";

type Props = { slug: StorePageSlug; title: string; body: string; zhTitle: string; zhBody: string; context: PageContext };

/** Title and Markdown body of a store page; `Preview` shows the text as shoppers will read it (rendered here, by the same component). */
export function StorePageForm({ slug, title, body, zhTitle, zhBody, context }: Props) {
  const t = useTranslations("catalogAdmin");
  const c = useTranslations("adminContent.pageForm");
  const [state, action] = useActionState(saveStorePageAction, initialActionState);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const e = state.fieldErrors ?? {};
  const showPreview = () => {
    const text = bodyRef.current?.value.trim() ? bodyRef.current.value : DEFAULT_PAGE_BODIES[slug];
    setPreview(fillPlaceholders(text, context));
  };
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form action={action} className="flex flex-col gap-4" noValidate>
        <FormError>{state.error}</FormError>
        <input type="hidden" name="slug" value={slug} />
        <TextField name="title" label={c("title")} required maxLength={80} defaultValue={state.values?.title ?? title} error={e.title} />
        <TextAreaField
          ref={bodyRef}
          name="body"
          label={c("body")}
          rows={18}
          maxLength={MAX_PAGE_BODY}
          defaultValue={state.values?.body ?? body}
          error={e.body}
          className="font-mono text-sm"
          hint={
            <>
              {c("hintMarkdown")} <code>## Heading</code>, <code>**bold**</code>, <code>*italic*</code>, <code>- list item</code>,{" "}
              <code>[link text](/pages/contact)</code> {c("hintLinks")}{" "}
              {PLACEHOLDERS.map((p, i) => (
                <span key={p}>
                  {i > 0 && ", "}
                  <code>{`{{${p}}}`}</code>
                </span>
              ))}
              {c("hintEmpty")}
            </>
          }
        />
        <TextField
          name="zhTitle"
          label={t("title")}
          lang="zh-CN"
          maxLength={80}
          defaultValue={state.values?.zhTitle ?? zhTitle}
          error={e.zhTitle}
        />
        <TextAreaField
          name="zhBody"
          label={t("body")}
          lang="zh-CN"
          rows={10}
          maxLength={MAX_PAGE_BODY}
          defaultValue={state.values?.zhBody ?? zhBody}
          error={e.zhBody}
          className="font-mono text-sm"
          hint={t("hint")}
        />
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            onClick={showPreview}
            className="rounded-full border border-zinc-400 px-5 py-2.5 font-medium text-zinc-900 hover:bg-zinc-100"
          >
            {c("preview")}
          </button>
          <div className="w-40">
            <SubmitButton>{c("save")}</SubmitButton>
          </div>
        </div>
      </form>
      <section aria-labelledby="preview-heading" aria-live="polite" className="rounded-xl border border-zinc-200 p-5">
        <h2 id="preview-heading" className="mb-3 text-lg font-semibold">
          {c("preview")}
        </h2>
        {preview === null ? <p className="text-sm text-zinc-600">{c("previewHint")}</p> : <SafeMarkdown>{preview}</SafeMarkdown>}
      </section>
    </div>
  );
}

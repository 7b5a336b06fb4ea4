"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useActionState, useState, useTransition } from "react";
import type { MeResponse } from "@/lib/accounts/types";
import { TextAreaField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { askQuestionAction } from "@/lib/questions/actions";
import { QUESTION_MAX_LENGTH } from "@/lib/questions/rules";

/**
 * `Ask a question` on the (cached) product page: a small island. Who is signed
 * in is asked only on the click: guests go to sign in and come back here; the
 * action checks again (and sends a signed-out poster to sign in too).
 */
export function AskQuestion({ productId, slug }: { productId: number; slug: string }) {
  const t = useTranslations("questions");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [checking, startCheck] = useTransition();
  const signInHref = `/sign-in?next=${encodeURIComponent(`/p/${slug}`)}`;

  function reveal() {
    if (open) return setOpen(false);
    startCheck(async () => {
      // If who is signed in cannot be read, the form opens: the action itself says when to sign in.
      const me = await fetch("/api/me", { cache: "no-store" })
        .then((res) => (res.ok ? (res.json() as Promise<MeResponse>) : null))
        .catch(() => null);
      if (me && !me.user) router.push(signInHref);
      else setOpen(true);
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        onClick={reveal}
        disabled={checking}
        aria-expanded={open}
        aria-controls={open ? "ask-question" : undefined}
        className="w-fit rounded-full border border-zinc-400 px-4 py-2 text-sm font-medium hover:bg-zinc-50 disabled:opacity-60"
      >
        {t("ask")}
      </button>
      {open && <AskForm productId={productId} slug={slug} />}
    </div>
  );
}

/** The form itself (a fresh one each time it opens); once sent, the confirmation takes its place. */
function AskForm({ productId, slug }: { productId: number; slug: string }) {
  const t = useTranslations("questions");
  const [state, action] = useActionState(askQuestionAction, initialActionState);
  const error = state.fieldErrors?.question;
  return (
    <div id="ask-question" className="max-w-xl">
      {state.ok ? (
        <FormStatus>{state.message}</FormStatus>
      ) : (
        <form action={action} className="flex flex-col gap-2">
          <input type="hidden" name="productId" value={productId} />
          <input type="hidden" name="slug" value={slug} />
          <TextAreaField
            id="question"
            name="question"
            label={t("question")}
            rows={3}
            maxLength={QUESTION_MAX_LENGTH}
            required
            defaultValue={state.values?.question ?? ""}
            error={error}
            hint={error ? undefined : t("hint")}
          />
          <FormError>{error ? undefined : state.error}</FormError>
          <div>
            <SubmitButton variant="secondary">{t("send")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}

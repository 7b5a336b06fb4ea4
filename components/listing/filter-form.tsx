"use client";

import Form from "next/form";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { localizePath } from "@/lib/i18n/locales";
import { usePageLocale } from "@/lib/i18n/use-page-locale";

/**
 * The listing's GET form: choosing a sort, brand or checkbox applies at once;
 * typed prices apply on Enter or "Apply filters". Works without JavaScript too.
 * With JavaScript the listing stays on screen while the new one loads (there is no
 * loading.tsx, so the HTML holds the products): the form marks itself pending, which
 * dims the results (app/globals.css) and says so, until a listing with other parameters arrives.
 */
export function FilterForm({
  listing,
  action,
  id,
  children,
  className,
}: {
  /** The shown listing's parameters, serialised: a new value ends the pending state. */
  listing: string;
  action: string;
  id: string;
  children: React.ReactNode;
  className?: string;
}) {
  const t = useTranslations("listing.filters");
  const locale = usePageLocale();
  const [pending, setPending] = useState(false);
  const [shown, setShown] = useState(listing);
  if (shown !== listing) {
    setShown(listing);
    setPending(false);
  }
  // A submission that leads back to the same listing brings no new parameters.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(false), 8000);
    return () => clearTimeout(timer);
  }, [pending]);

  return (
    <Form
      action={localizePath(action, locale)}
      id={id}
      className={className}
      data-pending={pending || undefined}
      onSubmit={() => setPending(true)}
      onChange={(e) => {
        const target = e.target as HTMLElement;
        if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) {
          e.currentTarget.requestSubmit();
        }
      }}
    >
      {children}
      {pending && (
        <p role="status" className="text-zinc-600">
          {t("updating")}
        </p>
      )}
    </Form>
  );
}

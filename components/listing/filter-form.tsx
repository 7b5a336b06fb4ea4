"use client";

import Form from "next/form";

/**
 * The listing's GET form: choosing a sort, brand or checkbox applies at once;
 * typed prices apply on Enter or "Apply filters". Works without JavaScript too.
 */
export function FilterForm({
  action,
  id,
  children,
  className,
}: {
  action: string;
  id: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <Form
      action={action}
      id={id}
      className={className}
      onChange={(e) => {
        const target = e.target as HTMLElement;
        if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox")) {
          e.currentTarget.requestSubmit();
        }
      }}
    >
      {children}
    </Form>
  );
}

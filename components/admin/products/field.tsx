import type { ComponentPropsWithRef, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { id: string; label: string; error?: string; hint?: string };

const border = (error?: string) => `w-full rounded-lg border px-3 py-2 ${error ? "border-rose-600" : "border-zinc-400"} bg-white`;

function described(id: string, error?: string, hint?: string) {
  return [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
}

function Wrap({ id, label, error, hint, children, className }: Common & { children: ReactNode; className?: string }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose error and hint are read with it. */
export function Field({ id, label, error, hint, className, ...input }: Common & ComponentPropsWithRef<"input">) {
  return (
    <Wrap id={id} label={label} error={error} hint={hint} className={className}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={border(error)}
        {...input}
      />
    </Wrap>
  );
}

export function TextAreaField({ id, label, error, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Wrap id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={border(error)}
        {...input}
      />
    </Wrap>
  );
}

export function SelectField({ id, label, error, hint, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Wrap id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described(id, error, hint)}
        className={border(error)}
        {...select}
      >
        {children}
      </select>
    </Wrap>
  );
}

/** A titled group of fields (a fieldset, so screen readers announce the legend). */
export function Section({ title, children, description }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5">
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {description && <p className="-mt-2 text-sm text-zinc-600">{description}</p>}
      {children}
    </fieldset>
  );
}

export const smallButton = "rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm hover:bg-zinc-100 disabled:opacity-40";

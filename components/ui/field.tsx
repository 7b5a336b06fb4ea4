import type { ComponentPropsWithRef, ReactNode } from "react";

/** What every field has: a name, a visible label, and optionally a hint and an error read with the control. */
type FieldBase = {
  name: string;
  label: string;
  /** Defaults to the name; give one when the same name stands on a page more than once. */
  id?: string;
  /** Shown under the field and read with it (e.g. password rules). */
  hint?: ReactNode;
  error?: string;
  /** Classes added to the control itself (the input, select or textarea). */
  className?: string;
};

type Control<T> = Omit<T, keyof FieldBase | "id">;

/** The ARIA wiring of a control: invalid when there is an error, described by the error first, then the hint. */
function controlProps(id: string, name: string, error?: string, hint?: ReactNode, className?: string) {
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `w-full rounded-lg border bg-white px-3 py-2 ${error ? "border-rose-600" : "border-zinc-400"} ${className ?? ""}`,
  };
}

/** The label above the control, the hint and the error under it. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-900">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-zinc-600">
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

/** Takes the field's own props off, frames the control and hands it the rest with its ARIA wiring. */
function framed<T extends object>(
  props: FieldBase & T,
  control: (rest: Omit<T, keyof FieldBase>, wiring: ReturnType<typeof controlProps>) => ReactNode,
) {
  const { name, label, id = name, hint, error, className, ...rest } = props;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {control(rest as Omit<T, keyof FieldBase>, controlProps(id, name, error, hint, className))}
    </FieldFrame>
  );
}

/** A labelled input (text, e-mail, password, tel…) with its hint and error tied to it for screen readers. */
export function TextField(props: FieldBase & Control<ComponentPropsWithRef<"input">>) {
  return framed(props, (input, wiring) => <input {...input} {...wiring} />);
}

/** A labelled whole-number input (type number, numeric keyboard). */
export function NumberField(props: FieldBase & Control<ComponentPropsWithRef<"input">>) {
  return <TextField type="number" inputMode="numeric" {...props} />;
}

/** A labelled select; the options are its children. */
export function SelectField(props: FieldBase & Control<ComponentPropsWithRef<"select">>) {
  return framed(props, (select, wiring) => <select {...select} {...wiring} />);
}

/** A labelled textarea. */
export function TextAreaField(props: FieldBase & Control<ComponentPropsWithRef<"textarea">>) {
  return framed(props, (area, wiring) => <textarea {...area} {...wiring} />);
}

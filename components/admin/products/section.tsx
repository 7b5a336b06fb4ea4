import type { ReactNode } from "react";

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

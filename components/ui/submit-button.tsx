"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** A form's submit button, disabled (and marked busy) while the form is being sent. */
export function SubmitButton({ children, variant = "primary" }: { children: ReactNode; variant?: "primary" | "secondary" }) {
  const { pending } = useFormStatus();
  const look =
    variant === "primary"
      ? "w-full bg-zinc-900 text-white hover:bg-zinc-700"
      : "border border-zinc-400 bg-white text-zinc-900 hover:bg-zinc-50";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={`rounded-full px-4 py-2.5 font-medium disabled:opacity-60 ${look}`}
    >
      {children}
    </button>
  );
}

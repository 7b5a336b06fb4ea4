import type { MethodIcon } from "@/lib/payments/methods";

/** A payment method's icon, drawn inline (no image request); decorative: the method's name is beside it. */
export function MethodIconImage({ icon }: { icon: MethodIcon }) {
  return (
    <svg viewBox="0 0 32 24" width="32" height="24" aria-hidden="true" focusable="false" className="shrink-0 text-zinc-700">
      {icon === "card" ? (
        <>
          <rect x="1" y="3" width="30" height="19" rx="3" fill="none" stroke="currentColor" strokeWidth="2" />
          <rect x="1" y="8" width="30" height="4" fill="currentColor" />
          <rect x="5" y="16" width="8" height="2" rx="1" fill="currentColor" />
        </>
      ) : (
        <>
          <path
            d="M4 6h20a3 3 0 0 1 3 3v11a2 2 0 0 1-2 2H5a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3h17"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
          <rect x="19" y="11" width="10" height="6" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="23" cy="14" r="1.3" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

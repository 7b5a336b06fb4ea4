/** What the plain search field and the suggestion combobox share: the look of the field and its button. */

export const SEARCH_INPUT_CLASS =
  "h-10 w-full rounded-full border border-zinc-300 bg-white pr-11 pl-4 text-base text-zinc-900 outline-zinc-900 placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-offset-2 sm:text-sm";

export const SUBMIT_BUTTON_CLASS =
  "absolute top-1 right-1 flex h-8 w-8 items-center justify-center rounded-full text-zinc-600 outline-zinc-900 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2";

export function MagnifierIcon({ className }: { className: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.8-3.8" />
    </svg>
  );
}

import type { ReactNode } from "react";

/** A column header: its text, or the text with how it aligns and what else it needs. */
export type Column =
  string | { label: string; align?: "right"; /** Read by screen readers only, e.g. "Actions". */ srOnly?: boolean; className?: string };

type Props = {
  /** What the table lists; read by screen readers as the table's name. */
  caption: string;
  columns: Column[];
  /** The rows (<tr> elements). */
  children: ReactNode;
  /** With `empty`: when there are no rows, that sentence stands instead of the table. */
  rowCount?: number;
  empty?: string;
  /** A card of its own (border, white, shaded header) rather than a table inside a card. */
  framed?: boolean;
  /** Extra classes on the table, e.g. a minimum width below which it scrolls sideways. */
  className?: string;
  bodyClassName?: string;
  /** Rows of a <tfoot>, e.g. totals. */
  footer?: ReactNode;
};

/** The shell of every data table: empty state, scrolling on narrow screens, caption and column headers. */
export function DataTable({ caption, columns, children, rowCount, empty, framed = false, className, bodyClassName, footer }: Props) {
  if (empty !== undefined && rowCount === 0) return <p className="rounded-lg bg-zinc-50 p-4 text-sm text-zinc-600">{empty}</p>;
  const pad = framed ? "px-3 py-2" : "py-2 pr-4";
  return (
    <div className={framed ? "overflow-x-auto rounded-xl border border-zinc-200 bg-white" : "overflow-x-auto"}>
      <table className={`w-full text-left text-sm ${className ?? ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={`border-b border-zinc-200 text-zinc-600 ${framed ? "bg-zinc-50" : ""}`}>
          <tr>
            {columns.map((column) => {
              const c = typeof column === "string" ? { label: column } : column;
              return (
                <th
                  key={c.label}
                  scope="col"
                  className={`${pad} font-medium ${c.align === "right" ? "text-right" : ""} ${c.className ?? ""}`}
                >
                  {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className={bodyClassName}>{children}</tbody>
        {footer && <tfoot className="tabular-nums">{footer}</tfoot>}
      </table>
    </div>
  );
}

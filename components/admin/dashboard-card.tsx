import type { ReactNode } from "react";

/** A dashboard panel: a region named by its heading. */
export function DashboardCard({
  id,
  title,
  action,
  children,
  className = "",
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`flex min-w-0 flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={id} className="text-sm font-semibold text-zinc-700">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** One headline figure with its comparison. */
export function DashboardMetric({
  id,
  title,
  value,
  detail,
  children,
}: {
  id: string;
  title: string;
  value: string;
  detail?: string;
  children: ReactNode;
}) {
  return (
    <DashboardCard id={id} title={title}>
      <p className="text-2xl font-bold tabular-nums tracking-tight sm:text-3xl">{value}</p>
      {detail ? <p className="-mt-2 text-sm text-zinc-600">{detail}</p> : null}
      {children}
    </DashboardCard>
  );
}

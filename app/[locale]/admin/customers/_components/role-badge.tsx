import type { UserRole } from "@/db/schema";

const LOOK: Record<UserRole, string> = {
  customer: "bg-zinc-100 text-zinc-800",
  staff: "bg-sky-100 text-sky-900",
  admin: "bg-amber-100 text-amber-900",
};
const LABEL: Record<UserRole, string> = { customer: "Customer", staff: "Staff", admin: "Admin" };

export function RoleBadge({ role }: { role: UserRole }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${LOOK[role]}`}>{LABEL[role]}</span>;
}

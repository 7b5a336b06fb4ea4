import { useTranslations } from "next-intl";
import type { UserRole } from "@/db/schema";

const LOOK: Record<UserRole, string> = {
  customer: "bg-zinc-100 text-zinc-800",
  staff: "bg-sky-100 text-sky-900",
  admin: "bg-amber-100 text-amber-900",
};

export function RoleBadge({ role }: { role: UserRole }) {
  const t = useTranslations("adminCustomers.roles");
  // messages: adminCustomers.roles.*
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${LOOK[role]}`}>{t(role)}</span>;
}

import { SectionNav, type SectionLink } from "@/components/ui/section-nav";
import { countUnansweredQuestions } from "@/lib/questions/queries";

// Names from shared/ui-contract.md.
const LINKS = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/returns", label: "Returns" },
  { href: "/admin/inventory", label: "Inventory" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/customers", label: "Customers" },
  { href: "/admin/reviews", label: "Reviews" },
  { href: "/admin/coupons", label: "Coupons" },
  { href: "/admin/promotions", label: "Promotions" },
  { href: "/admin/questions", label: "Questions" },
  { href: "/admin/content", label: "Content" },
  { href: "/admin/settings", label: "Settings" },
] as const satisfies readonly SectionLink[];

/** The back office's sections; `Questions` shows how many wait for an answer (its accessible name stays "Questions"). */
export async function AdminNav() {
  const unanswered = await countUnansweredQuestions();
  const links: SectionLink[] = LINKS.map((l) =>
    l.href === "/admin/questions" && unanswered > 0 ? { ...l, count: { value: unanswered, description: "unanswered" } } : l,
  );
  return <SectionNav label="Back office" links={links} root="/admin" />;
}

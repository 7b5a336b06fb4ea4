import { SectionNav } from "@/components/ui/section-nav";

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
  { href: "/admin/content", label: "Content" },
  { href: "/admin/settings", label: "Settings" },
] as const;

/** The back office's sections. */
export function AdminNav() {
  return <SectionNav label="Back office" links={LINKS} root="/admin" />;
}

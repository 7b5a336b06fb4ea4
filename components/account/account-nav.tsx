import { SectionNav } from "@/components/ui/section-nav";

const LINKS = [
  { href: "/account", label: "Overview" },
  { href: "/account/profile", label: "Profile" },
  { href: "/account/addresses", label: "Addresses" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/points", label: "Points" },
  { href: "/account/favourites", label: "Favourites" },
  { href: "/account/recently-viewed", label: "Recently viewed" },
  { href: "/account/reviews", label: "Reviews" },
] as const;

/** The account area's sections. */
export function AccountNav() {
  return <SectionNav label="Account sections" links={LINKS} root="/account" />;
}

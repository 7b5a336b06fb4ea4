import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/ui/section-nav";

const LINKS = [
  { href: "/account", key: "overview" },
  { href: "/account/profile", key: "profile" },
  { href: "/account/addresses", key: "addresses" },
  { href: "/account/orders", key: "orders" },
  { href: "/account/points", key: "points" },
  { href: "/account/favourites", key: "favourites" },
  { href: "/account/recently-viewed", key: "recentlyViewed" },
  { href: "/account/reviews", key: "reviews" },
] as const;

/** The account area's sections. */
export async function AccountNav() {
  const t = await getTranslations("account.nav");
  return <SectionNav label={t("label")} links={LINKS.map((l) => ({ href: l.href, label: t(l.key) }))} root="/account" />;
}

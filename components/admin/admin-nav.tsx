import { getTranslations } from "next-intl/server";
import { SectionNav, type SectionLink } from "@/components/ui/section-nav";
import { countUnansweredQuestions } from "@/lib/questions/queries";

// Names from shared/ui-contract.md (messages admin.nav.*).
const SECTIONS = [
  "dashboard",
  "products",
  "orders",
  "returns",
  "inventory",
  "reports",
  "exports",
  "customers",
  "reviews",
  "coupons",
  "promotions",
  "questions",
  "content",
  "settings",
] as const;

/** The back office's sections; `Questions` shows how many wait for an answer (its accessible name stays "Questions"). */
export async function AdminNav() {
  const [unanswered, t] = await Promise.all([countUnansweredQuestions(), getTranslations("admin.nav")]);
  const links: SectionLink[] = SECTIONS.map((section) => {
    const link = { href: section === "dashboard" ? "/admin" : `/admin/${section}`, label: t(section) };
    return section === "questions" && unanswered > 0 ? { ...link, count: { value: unanswered, description: t("unanswered") } } : link;
  });
  return <SectionNav label={t("label")} links={links} root="/admin" />;
}

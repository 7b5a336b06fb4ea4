import { notFound } from "next/navigation";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";
import { getCachedCategoryTree } from "@/lib/catalog/cached";
import { findCategory } from "@/lib/catalog/category-tree";
import { slugParam } from "@/lib/catalog/slug";

// Checked before the page renders, so an unknown category answers with a real 404 status.
export default async function CategoryLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string; locale: string }>;
}) {
  const locale = await pageLocale(params);
  const tree = await getCachedCategoryTree(locale);
  if (!findCategory(tree, slugParam((await params).slug))) notFound();
  return (
    <ClientMessages locale={locale} namespaces={["listing.filters"]}>
      {children}
    </ClientMessages>
  );
}

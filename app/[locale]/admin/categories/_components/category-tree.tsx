import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AdminCategory } from "@/lib/categories/queries";

type Translate = ReturnType<typeof useTranslations<"adminCatalog.categories">>;

/** What a category holds: products placed in it directly, and subcategories. */
function counts(c: AdminCategory, t: Translate): string {
  const parts = [];
  if (c.productCount || !c.childCount) parts.push(t("products", { count: c.productCount }));
  if (c.childCount) parts.push(t("subcategories", { count: c.childCount }));
  return parts.join(" · ");
}

function Branch({ all, parentId, label }: { all: AdminCategory[]; parentId: number | null; label?: string }) {
  const t = useTranslations("adminCatalog.categories");
  const children = all.filter((c) => c.parentId === parentId);
  if (!children.length) return null;
  return (
    <ul aria-label={label} className={parentId === null ? "divide-y divide-zinc-100" : "ml-5 border-l border-zinc-200 pl-3"}>
      {children.map((c) => (
        <li key={c.id} className="py-1.5">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5">
            <Link
              href={`/admin/categories/${c.id}`}
              className={`text-zinc-900 underline-offset-2 hover:underline ${c.depth === 0 ? "font-semibold" : ""}`}
            >
              {c.name}
            </Link>
            <span className="text-xs text-zinc-500">/c/{c.slug}</span>
            <span className="text-xs text-zinc-600">{counts(c, t)}</span>
          </div>
          <Branch all={all} parentId={c.id} />
        </li>
      ))}
    </ul>
  );
}

/** The categories as a nested list: each level indented under its parent, in position order. */
export function CategoryTree({ categories }: { categories: AdminCategory[] }) {
  const t = useTranslations("adminCatalog.categories");
  if (!categories.length) return <p className="text-zinc-600">{t("empty")}</p>;
  return <Branch all={categories} parentId={null} label={t("tree")} />;
}

import { Link } from "@/lib/i18n/navigation";
import type { CategoryRef } from "@/lib/catalog/types";

/** Categories as a wrapping row of pill links. */
export function CategoryChips({ categories, label }: { categories: CategoryRef[]; label: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {categories.map((c) => (
        <li key={c.slug}>
          <Link href={`/c/${c.slug}`} className="block rounded-full border border-zinc-300 px-4 py-1.5 text-sm hover:bg-zinc-100">
            {c.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

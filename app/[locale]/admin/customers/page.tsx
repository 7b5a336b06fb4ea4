import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/server";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { requireStaffPage } from "@/lib/auth/staff";
import { CUSTOMERS_PER_PAGE, listCustomers } from "@/lib/customers/queries";
import { customerListSchema } from "@/lib/customers/schema";
import { CustomerTable } from "./_components/customer-table";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCustomers"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  await requireStaffPage("/admin/customers");
  const raw = await searchParams;
  const { q, page } = customerListSchema.parse({ q: [raw.q].flat()[0] ?? "", page: [raw.page].flat()[0] ?? 1 });
  const [{ customers, total }, t] = await Promise.all([listCustomers({ q, page }), getTranslations("adminCustomers")]);
  const pageCount = Math.max(1, Math.ceil(total / CUSTOMERS_PER_PAGE));
  const href = (p: number) => `/admin/customers?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <div>
      <PageHeader title={t("title")} description={q ? t("countMatching", { count: total, q }) : t("count", { count: total })} />
      <form method="get" action={await localized("/admin/customers")} role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium text-zinc-900">
          {t("search")}
          <input
            type="search"
            name="q"
            defaultValue={q}
            placeholder={t("searchPlaceholder")}
            className="mt-1 w-72 max-w-full rounded-lg border border-zinc-400 bg-white px-3 py-2 font-normal"
          />
        </label>
        <button type="submit" className="rounded-full border border-zinc-400 bg-white px-4 py-2 text-sm font-medium hover:bg-zinc-100">
          {t("find")}
        </button>
        {q ? (
          <Link href="/admin/customers" className="px-2 py-2 text-sm underline">
            {t("clear")}
          </Link>
        ) : null}
      </form>
      {customers.length === 0 ? (
        <p className="rounded-xl border border-zinc-200 bg-white p-6 text-sm text-zinc-600">{q ? t("noneMatch", { q }) : t("none")}</p>
      ) : (
        <CustomerTable customers={customers} />
      )}
      <Pagination page={Math.min(page, pageCount)} pageCount={pageCount} href={href} />
    </div>
  );
}

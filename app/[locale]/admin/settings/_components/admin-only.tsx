import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";

/** What a staff member (not an admin) sees on the settings pages: a refusal that says why and what to do. */
export async function AdminOnly() {
  const t = await getTranslations("adminSettings");
  return (
    <>
      <PageHeader title={t("title")} />
      <div role="alert" className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
        {t("adminOnly")}
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { listBanners } from "@/lib/content/queries";
import { BannerList } from "./_components/banner-list";
import { ContentTabs } from "./_components/content-tabs";

export const metadata: Metadata = { title: "Content" };

const SAVED: Record<string, string> = { created: "Banner created.", updated: "Banner saved." };

export default async function AdminContentPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaffPage("/admin/content");
  const [banners, { saved }] = await Promise.all([listBanners(), searchParams]);
  return (
    <>
      <PageHeader title="Content" description="Home page banners, shown in this order while active and inside their schedule.">
        <Link href="/admin/content/new" className="rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700">
          New banner
        </Link>
      </PageHeader>
      <ContentTabs current="banners" />
      <div className="mb-4 space-y-3">
        <FormStatus>{saved ? SAVED[saved] : undefined}</FormStatus>
        <p className="text-sm text-zinc-600">
          Saving, reordering or deleting updates the home page at once. A scheduled start or end shows up by itself within about two minutes
          (the home page is refreshed every 60 seconds).
        </p>
      </div>
      {banners.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-6 text-zinc-600">
          No banners yet: the home page starts with the categories.
        </p>
      ) : (
        <BannerList banners={banners} now={new Date()} />
      )}
    </>
  );
}

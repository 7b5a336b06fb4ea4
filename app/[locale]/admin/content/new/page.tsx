import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createBannerAction } from "@/lib/content/actions";
import { BannerForm } from "../_components/banner-form";

export const metadata: Metadata = { title: "New banner" };

export default async function NewBannerPage() {
  await requireStaffPage("/admin/content/new");
  return (
    <>
      <PageHeader title="New banner">
        <BackLink href="/admin/content">Back to content</BackLink>
      </PageHeader>
      <BannerForm action={createBannerAction} />
    </>
  );
}

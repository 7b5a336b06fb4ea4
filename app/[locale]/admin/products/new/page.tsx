import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { ProductForm } from "@/components/admin/products/product-form";
import { requireStaffPage } from "@/lib/auth/staff";
import { storeCurrency } from "@/lib/settings/store";
import { saveProductAction } from "@/lib/products/actions";
import { emptyDraft } from "@/lib/products/draft";
import { MAX_IMAGE_BYTES } from "@/lib/products/image-rules";
import { listBrandChoices, listCategoryChoices } from "@/lib/products/queries";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  await requireStaffPage("/admin/products/new");
  const [categories, brands] = await Promise.all([listCategoryChoices(), listBrandChoices()]);
  return (
    <>
      <PageHeader title="New product" description="Save as a draft first if you are not ready to sell it." />
      <ProductForm
        action={saveProductAction}
        draft={emptyDraft()}
        categories={categories}
        brands={brands}
        currency={await storeCurrency()}
        maxImageMb={MAX_IMAGE_BYTES / 2 ** 20}
      />
    </>
  );
}

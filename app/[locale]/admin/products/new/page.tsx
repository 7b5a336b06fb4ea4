import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { ProductForm } from "@/components/admin/products/product-form";
import { requireStaffPage } from "@/lib/auth/staff";
import { storeCurrency } from "@/lib/settings/store";
import { saveProductAction } from "@/lib/products/actions";
import { emptyDraft } from "@/lib/products/draft";
import { MAX_IMAGE_BYTES } from "@/lib/products/image-rules";
import { listBrandChoices, listCategoryChoices } from "@/lib/products/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts.new"))("title") };
}

export default async function NewProductPage() {
  await requireStaffPage("/admin/products/new");
  const [categories, brands, t] = await Promise.all([listCategoryChoices(), listBrandChoices(), getTranslations("adminProducts.new")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
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

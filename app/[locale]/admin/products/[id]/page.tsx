import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { ProductForm } from "@/components/admin/products/product-form";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { storeCurrency } from "@/lib/settings/store";
import { saveProductAction } from "@/lib/products/actions";
import { draftFromProduct } from "@/lib/products/draft";
import { MAX_IMAGE_BYTES } from "@/lib/products/image-rules";
import { getProductForEdit, listBrandChoices, listCategoryChoices } from "@/lib/products/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts.edit"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaffPage(`/admin/products/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [product, categories, brands] = await Promise.all([getProductForEdit(Number(id)), listCategoryChoices(), listBrandChoices()]);
  if (!product) notFound();
  const saved = (await searchParams).saved === "1";
  const t = await getTranslations("adminProducts.edit");
  // messages: adminProducts.edit.statusWord.*
  return (
    <>
      <PageHeader title={product.title} description={t("status", { status: t(`statusWord.${product.status}`) })}>
        {product.status === "active" && (
          <Link href={`/p/${product.slug}`} className="text-sm text-zinc-700 underline">
            {t("viewInShop")}
          </Link>
        )}
      </PageHeader>
      {saved && (
        <div className="mb-4">
          <FormStatus>{t("saved")}</FormStatus>
        </div>
      )}
      <ProductForm
        key={product.version}
        action={saveProductAction}
        draft={draftFromProduct(product)}
        categories={categories}
        brands={brands}
        currency={product.currency || (await storeCurrency())}
        maxImageMb={MAX_IMAGE_BYTES / 2 ** 20}
      />
    </>
  );
}

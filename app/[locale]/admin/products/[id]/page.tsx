import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Edit product" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaffPage(`/admin/products/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [product, categories, brands] = await Promise.all([getProductForEdit(Number(id)), listCategoryChoices(), listBrandChoices()]);
  if (!product) notFound();
  const saved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader title={product.title} description={`Status: ${product.status}`}>
        {product.status === "active" && (
          <Link href={`/p/${product.slug}`} className="text-sm text-zinc-700 underline">
            View in shop
          </Link>
        )}
      </PageHeader>
      {saved && (
        <div className="mb-4">
          <FormStatus>Product saved. Shoppers see the changes on their next visit.</FormStatus>
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

import type { ProductOption, ProductSpec } from "@/db/schema/products";
import type { ProductTranslation, Translations } from "@/db/schema/translations";
import type { ProductStatus } from "./list-params";

export type Choice = { id: number; name: string };

export type AdminProductRow = {
  id: number;
  title: string;
  slug: string;
  status: ProductStatus;
  currency: string;
  priceMin: number;
  priceMax: number;
  category: string;
  brand: string | null;
  stock: number;
  variantCount: number;
  skus: string[];
  image: string | null;
  updatedAt: Date;
};

export type VariantForEdit = {
  id: number;
  sku: string;
  optionValues: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  preorderShipsOn: string | null;
  preorderCap: number | null;
  /** units ordered on pre-order that stock has not covered yet */
  preorderBacklog: number;
};
export type ImageForEdit = { id: number; url: string; alt: string; width: number; height: number };

export type ProductForEdit = {
  id: number;
  /** Changes on every save: the form is rebuilt from the saved product. */
  version: number;
  title: string;
  slug: string;
  description: string;
  status: ProductStatus;
  categoryId: number;
  brandId: number | null;
  currency: string;
  tags: string[];
  /** Bought again regularly: "Recommended for you" may offer it to those who bought it. */
  consumable: boolean;
  options: ProductOption[];
  specs: ProductSpec[];
  translations: Translations<ProductTranslation>;
  variants: VariantForEdit[];
  images: ImageForEdit[];
};

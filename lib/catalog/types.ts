import type { Money } from "@/lib/money";

/** App-facing catalog shapes: pages never see raw rows. Dates are ISO strings (cache-safe). */

export type ImageView = { url: string; alt: string; width: number; height: number; variantId: number | null };

export type CategoryRef = { slug: string; name: string };

export type CategoryNode = CategoryRef & {
  id: number;
  parentId: number | null;
  description: string;
  imageUrl: string | null;
  children: CategoryNode[];
};

export type ProductCard = {
  id: number;
  slug: string;
  title: string;
  brand: string | null;
  price: Money;
  /** the cheapest variant's "was" price, when it has one */
  compareAt: Money | null;
  /** true when variants differ in price ("from $19") */
  priceVaries: boolean;
  /** some variant has stock (what listings' "In stock" filter means: ships now) */
  inStock: boolean;
  /** no variant has stock, but one takes pre-orders: the card says "Pre-order" */
  preorder: boolean;
  image: ImageView | null;
  rating: { average: number; count: number };
};

export type VariantView = {
  id: number;
  sku: string;
  optionValues: Record<string, string>;
  price: Money;
  compareAt: Money | null;
  stock: number;
  lowStock: boolean;
  /** on pre-order with room left under its limit: the ships-from date and the units one may still pre-order */
  preorder: { shipsOn: string; left: number } | null;
};

export type ProductDetail = {
  id: number;
  slug: string;
  title: string;
  description: string;
  brand: CategoryRef | null;
  categoryId: number;
  category: CategoryRef;
  breadcrumbs: CategoryRef[];
  /** `name` keys the variants' `optionValues`; `label` is the option's name in the page's language */
  options: { name: string; label: string; values: string[] }[];
  specs: { name: string; value: string }[];
  tags: string[];
  images: ImageView[];
  variants: VariantView[];
  price: { min: Money; max: Money };
  inStock: boolean;
  rating: { average: number; count: number };
  updatedAt: string;
};

/** `fuzzy`: nothing matched the search exactly, so these are close (typo-tolerant) matches. */
export type Listing = { items: ProductCard[]; total: number; page: number; pageCount: number; fuzzy: boolean };

export type Facets = {
  brands: { slug: string; name: string; count: number }[];
  options: { name: string; values: { value: string; count: number }[] }[];
};

export type Banner = { id: number; title: string; subtitle: string; imageUrl: string; linkUrl: string };

export type Suggestion =
  | { kind: "product"; slug: string; title: string; url: string; price: Money; imageUrl: string | null }
  | { kind: "category"; slug: string; title: string; url: string };

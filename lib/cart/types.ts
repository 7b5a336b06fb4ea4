import type { LineNotice } from "./pricing";

/** App-facing cart shapes. Amounts are minor units in `currency`, read from the catalog at read time. */
export type CartLine = {
  id: number;
  variantId: number;
  productId: number;
  productSlug: string;
  productTitle: string;
  /** option values in the product's option order, e.g. "M / Black"; "" for a product without options */
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  unitPrice: number;
  compareAtPrice: number | null;
  currency: string;
  /** what would be bought: the saved quantity clamped to stock (and 99) */
  quantity: number;
  stock: number;
  lineTotal: number;
  /** the product is active and the variant exists */
  available: boolean;
  /** counted in the subtotal and sent to checkout (available, in stock, in the cart's currency) */
  purchasable: boolean;
  notice: LineNotice | null;
  /** the line would be a pre-order (stock does not cover it): the date it ships from, else null */
  preorderShipsOn: string | null;
};

export type CartView = {
  /** null when the shopper has no cart yet */
  id: string | null;
  lines: CartLine[];
  /** of purchasable lines only */
  subtotal: number;
  itemCount: number;
  currency: string;
};

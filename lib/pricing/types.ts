/**
 * The pricing pipeline's contract: what goes in (cart lines, the shopper, the
 * promotions that may apply, the coupon, the points choice) and what comes out
 * (line amounts, every discount with its allocation, shipping, total). Pure data:
 * the pipeline (./price-order.ts) does no I/O. Amounts are integer minor units.
 */
import type { DiscountSource, DiscountTarget, PromotionType, SpendTier } from "@/db/schema";

export type { DiscountSource, DiscountTarget, PromotionType, SpendTier };

/** One cart line as priced from the catalog now. `key` identifies it in the result (the variant id). */
export type PricingLine = {
  key: number;
  productId: number;
  /** the product's category and all its ancestors */
  categoryIds: number[];
  brandId: number | null;
  unitPrice: number;
  quantity: number;
};

/** A promotion as the pipeline sees it: automatic when `code` is null, a coupon otherwise. */
export type PricingPromotion = {
  id: number;
  name: string;
  code: string | null;
  type: PromotionType;
  /** percent (1–100) for percent_off, minor units for fixed_off */
  amount: number;
  tiers: SpendTier[];
  buyQuantity: number | null;
  getQuantity: number | null;
  minSpend: number;
  maxDiscount: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  usedCount: number;
  firstOrderOnly: boolean;
  stackable: boolean;
  priority: number;
  productIds: number[];
  categoryIds: number[];
  brandIds: number[];
  /** member-only: the least tier's minSpend a shopper needs, null for everybody */
  minTierSpend: number | null;
  /** paused or ended by the merchant */
  stopped: boolean;
};

/** A running flash sale of one variant (`key` = the line's key). */
export type PricingFlashSale = {
  id: number;
  key: number;
  salePrice: number;
  /** units left under the cap: quantityCap - soldCount */
  remaining: number;
  perCustomerLimit: number;
  startsAt: Date;
  endsAt: Date;
};

export type PricingTier = { id: number; name: string; minSpend: number; percentOff: number; freeShipping: boolean };

export type PricingCustomer = {
  tier: PricingTier | null;
  /** no earlier order that was paid (or is awaiting payment) */
  firstOrder: boolean;
  /** uses of each promotion by this shopper (user or guest e-mail) not given back: promotion id → count */
  promotionUses: Record<number, number>;
  /** flash-sale units this shopper already holds: flash sale id → units */
  flashUnits: Record<number, number>;
  /** signed-in shoppers with a proven e-mail; 0 for guests */
  pointsBalance: number;
};

export type PointsRules = {
  enabled: boolean;
  /** points that pay for 1.00 of the currency (100 minor units of USD, 1 of JPY) */
  redeemPointsPerUnit: number;
  /** the most of the items (after discounts) points may pay, in percent */
  maxRedeemPercent: number;
  /** points earned per 1.00 paid for items after discounts */
  earnPointsPerUnit: number;
};

export type PricingInput = {
  now: Date;
  currency: string;
  lines: PricingLine[];
  /** the chosen shipping method's price for this cart (its own free-over threshold already applied); null before a method is chosen */
  shipping: number | null;
  customer: PricingCustomer;
  /** automatic promotions that may apply (the pipeline checks windows, scope and limits again) */
  promotions: PricingPromotion[];
  /** the coupon code the shopper entered, as typed, and the promotion it names (null: no such code) */
  coupon: { code: string; promotion: PricingPromotion | null } | null;
  flashSales: PricingFlashSale[];
  points: PointsRules & { use: boolean };
};

export type DiscountAllocation = { key: number; amount: number };

/** One applied discount: its own line in the cart, at checkout, on the order and in the e-mail. */
export type AppliedDiscount = {
  source: DiscountSource;
  target: DiscountTarget;
  promotionId: number | null;
  flashSaleId: number | null;
  code: string | null;
  /** what the shopper reads, e.g. "WELCOME10", "Spend 200, save 30", "Flash sale", "Gold member 5% off", "Points (1,200)" */
  label: string;
  amount: number;
  /** items discounts: per line, summing to `amount`; empty for shipping discounts */
  allocations: DiscountAllocation[];
  /** source = points: the points spent */
  points: number | null;
};

export type PricedLine = {
  key: number;
  unitPrice: number;
  quantity: number;
  /** unitPrice × quantity */
  lineTotal: number;
  /** of flash-sale units in this line (at the sale price) */
  flashUnits: number;
  /** the sum of this line's allocations */
  discount: number;
  /** lineTotal - discount: what a refund of the whole line gives back */
  paid: number;
};

/** The next spend-X-save-Y tier within reach: "Add 12.50 more to save 30". */
export type NextTier = { promotionId: number; name: string; missing: number; save: number };

export type FlashClaim = { flashSaleId: number; key: number; units: number };

export type PricingResult = {
  currency: string;
  lines: PricedLine[];
  subtotal: number;
  discounts: AppliedDiscount[];
  /** items discounts (flash, member, promotions, coupon, points) */
  itemDiscountTotal: number;
  /** the shipping price before shipping discounts (null: no method chosen) */
  shipping: number | null;
  shippingDiscountTotal: number;
  /** itemDiscountTotal + shippingDiscountTotal */
  discountTotal: number;
  /** subtotal + (shipping ?? 0) - discountTotal, never negative */
  total: number;
  /** why the entered coupon does not apply (expired, minimum not reached, …); null when it applies or none was entered */
  couponError: string | null;
  /** the promotion id of the coupon that applied, if any */
  couponApplied: number | null;
  nextTier: NextTier | null;
  flashClaims: FlashClaim[];
  points: { used: number; value: number; maxUsable: number; balance: number; willEarn: number };
};

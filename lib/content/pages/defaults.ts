import type { StorePageSlug } from "./slugs";

/**
 * Each page's text until the merchant writes their own: Markdown whose
 * `{{placeholders}}` (template.ts) are worded from the settings on every render,
 * so the returns page states the return window in force, the shipping page the
 * active rates, and every page the contact details.
 */
export const DEFAULT_PAGE_BODIES: Record<StorePageSlug, string> = {
  about: `{{storeName}} sells everyday things, chosen with care and sent out from our own stock.

We keep our range small so we can stand behind every item: if something is not right, tell us and we will put it right.

## Talk to us

{{contact}}`,

  contact: `We are happy to help with an order, a return or a question about a product.

{{contact}}

When you write about an order, include its order number so we can find it at once.`,

  shipping: `{{shippingSummary}}

## Rates

{{shippingRates}}

Delivery times are counted in business days from the day your order leaves us. Once it ships, your order page shows the carrier and the tracking number.`,

  returns: `{{returnsSummary}}

## How to return an item

1. Open your order (from your account, or with [Track order](/track)) and choose **Return items**.
2. Pick the items and how many of each, tell us why, and choose a refund or an exchange for another size or colour.
3. Once we approve the return, send the items back and enter the carrier and tracking number on your order page.
4. When they arrive, we refund what you paid for those items, after any discounts, to your original payment method. {{shippingRefund}}

A return can be asked for up to {{returnWindow}} after delivery.

## Questions

{{contact}}`,

  terms: `These terms apply to every order placed with {{storeName}}.

## Orders and prices

Prices are in {{currency}} and include any taxes that apply. An order is confirmed once its payment arrives; an order left unpaid is cancelled after a while and its items released.

## Shipping

{{shippingSummary}} See [Shipping](/pages/shipping).

## Returns

{{returnsSummary}} See [Returns](/pages/returns).

## Contact

{{contact}}`,

  privacy: `{{storeName}} keeps only what it needs to deliver your orders and run your account: your name, e-mail address, delivery addresses, phone number and the orders you place. Payments go through our payment provider: we never see or keep your full card number.

## What we use it for

- to deliver your orders and tell you about them by e-mail;
- to keep your account, favourites and order history;
- to keep the shop safe, for example by limiting repeated sign-in attempts.

We do not sell your data. To see, correct or delete what we hold about you, contact us:

{{contact}}`,
};

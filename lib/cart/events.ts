/** Fired in the browser after the cart changes, so the header island shows the new count. */
export const CART_CHANGED_EVENT = "mercato:cart-changed";

export type CartChangedDetail = { count?: number };

/** With `count` (known from a server render) the header takes it as is; without, it asks /api/me. */
export function announceCartChanged(count?: number): void {
  window.dispatchEvent(new CustomEvent<CartChangedDetail>(CART_CHANGED_EVENT, { detail: { count } }));
}

/** Cookie names, in one place. Values that grant access are signed (lib/signed-value.ts). */
export const COOKIES = {
  /** Signed id of a guest's cart. */
  cart: "mercato_cart",
  /** Signed list of order ids a guest may open (set at checkout and by /track). */
  guestOrders: "mercato_orders",
  /** Recently viewed product ids of a guest, newest first. */
  recentlyViewed: "mercato_recent",
  /** The contact e-mail a guest typed at checkout, after a refusal: the page quotes their per-customer limits with it. Grants nothing. */
  checkoutEmail: "mercato_checkout_email",
  /** Proof that this browser set a new account's password (lib/auth/sign-up-proof.ts). */
  signUpProof: "mercato_signup",
} as const;

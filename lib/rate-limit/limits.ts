/**
 * Every rate limit of the shop in one table: at most `points` requests per
 * `seconds` for one subject (a client address, an e-mail, an account…). A
 * subject over its limit is refused until its window ends.
 */
export const LIMITS = {
  /** Sign-in attempts (password or e-mail code) per account; a success gives its point back. */
  signInAccount: { points: 5, seconds: 15 * 60 },
  /** Sign-in attempts per client address, across accounts; a success gives its point back. */
  signInAddress: { points: 20, seconds: 15 * 60 },
  /** Wrong current passwords on `Change password`, per account. */
  passwordCheck: { points: 5, seconds: 15 * 60 },
  /** Sign-ups per client address and per e-mail. */
  signUpAddress: { points: 30, seconds: 60 * 60 },
  signUpEmail: { points: 3, seconds: 60 * 60 },
  /** Requests for a sign-in code or a reset link per client address (per e-mail: lib/auth/tokens.ts TOKEN_LIMITS, and below). */
  tokenRequestAddress: { points: 30, seconds: 60 * 60 },
  tokenRequestEmail: { points: 10, seconds: 60 * 60 },
  /** The same for SMS codes, per mobile number (per number and purpose also: lib/auth/phone/rules.ts SMS_CODE_LIMITS). */
  tokenRequestPhone: { points: 10, seconds: 60 * 60 },
  /** Guest order look-ups on /track per order number, per e-mail and per client address; a match gives its point back. */
  trackNumber: { points: 5, seconds: 15 * 60 },
  trackEmail: { points: 5, seconds: 15 * 60 },
  trackAddress: { points: 20, seconds: 15 * 60 },
  /** Searches rendered per request (filtered or unusual; plain ones are cached pages) per client address. */
  search: { points: 120, seconds: 60 },
  /** Suggestions as you type, per client address. */
  suggest: { points: 300, seconds: 60 },
  /** Reviews posted per account. */
  reviewPost: { points: 10, seconds: 60 * 60 },
  /** Product questions asked per account. */
  questionAsk: { points: 10, seconds: 60 * 60 },
  /** Coupon codes tried in the cart per client address (against guessing codes). */
  couponAttempt: { points: 60, seconds: 10 * 60 },
  /** `Notify me` (back in stock) per client address and per e-mail, so the form cannot be used to mail strangers much. */
  notifyMeAddress: { points: 20, seconds: 60 * 60 },
  notifyMeEmail: { points: 5, seconds: 60 * 60 },
  /** Share links created (cart, favourites) per client address. */
  share: { points: 30, seconds: 10 * 60 },
  /** Test-gateway payment page views and payment attempts per client address. */
  payment: { points: 60, seconds: 60 },
} as const satisfies Record<string, { points: number; seconds: number }>;

export type LimitName = keyof typeof LIMITS;

import type { ProviderId } from "./provider";

/** How a shopper can pay; each provider offers some of them, each on its own hosted page. */
export const METHOD_IDS = ["card", "wallet"] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** The inline icons shipped with the shop (components/payments/method-icon.tsx). */
export type MethodIcon = "card" | "wallet";

/**
 * A payment method as a provider offers it: its name is the message
 * `payment.methods.<nameKey>` (both languages), its icon is drawn by the shop,
 * and paying means the provider opens a session whose hosted page the shopper is sent to.
 */
export type PaymentMethod = { id: MethodId; provider: ProviderId; nameKey: string; icon: MethodIcon };

/** Every method, in the order checkout lists them: the first enabled one is chosen unless the shopper picks another. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  { id: "card", provider: "test", nameKey: "card", icon: "card" },
  // The test gateway's non-card method: its hosted page only asks the shopper to confirm.
  { id: "wallet", provider: "test", nameKey: "testWallet", icon: "wallet" },
  // Stripe's hosted Checkout, for cards.
  { id: "card", provider: "stripe", nameKey: "card", icon: "card" },
];

export const isMethodId = (id: string): id is MethodId => (METHOD_IDS as readonly string[]).includes(id);

/** The methods a provider offers (none when no provider is configured). */
export function methodsOf(provider: ProviderId | null): PaymentMethod[] {
  return PAYMENT_METHODS.filter((m) => m.provider === provider);
}

/**
 * The methods the store takes with this provider: those the setting lists, in
 * checkout order. Null (never saved) means all of them; a saved list that names
 * none of this provider's methods (it was saved for another provider) means all too,
 * so switching providers never leaves checkout without a way to pay.
 */
export function enabledMethods(provider: ProviderId | null, saved: readonly string[] | null): PaymentMethod[] {
  const offered = methodsOf(provider);
  if (!saved) return offered;
  const chosen = offered.filter((m) => saved.includes(m.id));
  return chosen.length > 0 ? chosen : offered;
}

/** The enabled method with this id, or null when it is unknown or switched off. */
export function findEnabledMethod(enabled: readonly PaymentMethod[], id: string): PaymentMethod | null {
  return enabled.find((m) => m.id === id) ?? null;
}

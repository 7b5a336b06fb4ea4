/** The test gateway's cards: one always succeeds, one is always declined. */
export const TEST_CARDS = {
  success: "4242424242424242",
  declined: "4000000000000002",
} as const;

export const DECLINED_MESSAGE = "Your card was declined. Try another card.";

export type CardCheck = { outcome: "succeeded" | "declined" } | { error: string };

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** What the test gateway does with a typed card number (spaces and dashes allowed). */
export function checkTestCard(input: string): CardCheck {
  const digits = input.replace(/[\s-]/g, "");
  if (digits === "") return { error: "Enter a card number." };
  if (!/^\d{16}$/.test(digits)) return { error: "Enter the 16 digits of the card number." };
  if (!luhnValid(digits)) return { error: "That card number is not valid. Check the digits." };
  if (digits === TEST_CARDS.success) return { outcome: "succeeded" };
  if (digits === TEST_CARDS.declined) return { outcome: "declined" };
  return { error: "This is the test gateway: use 4242 4242 4242 4242 (succeeds) or 4000 0000 0000 0002 (declined)." };
}

/** Store-wide settings read from the environment (validated at boot in lib/env.ts). */
export function storeCurrency(): string {
  return process.env.STORE_CURRENCY ?? "USD";
}

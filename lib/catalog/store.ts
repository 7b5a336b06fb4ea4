/** Store-wide settings read from the environment (validated at boot in lib/env.ts). */
export function storeName(): string {
  return process.env.STORE_NAME ?? "Mercato";
}

export function storeCurrency(): string {
  return process.env.STORE_CURRENCY ?? "USD";
}

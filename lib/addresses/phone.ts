/**
 * A mainland China mobile number as 11 digits starting with 1[3-9], or null. Spaces, dashes
 * and a +86 / 0086 prefix are accepted and dropped.
 */
export function normaliseChinaMobile(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "").replace(/^(\+86|0086)/, "");
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

import { generateSecret, generateURI, verifySync } from "otplib";

export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret });
}

/**
 * The time step a 6-digit code matches (one step of clock drift either way),
 * or null. Steps at or before `afterStep` are refused, so a code works once.
 */
export function matchTotp(secret: string, code: string, afterStep: number | null = null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = verifySync({ secret, token: code, epochTolerance: 30, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

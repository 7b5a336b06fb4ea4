export const REDACTED = "[redacted]";

/** The text with every secret (a code, a link) replaced by REDACTED; longer secrets first, so one containing another goes whole. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) out = out.split(secret).join(REDACTED);
  return out;
}

/** Confirmations and refusals shown after an account action redirected back (`?notice=`). */
const NOTICES = {
  "password-changed": { kind: "status", text: "Your password was changed. Other devices were signed out." },
  "address-added": { kind: "status", text: "The address was added to your address book." },
  "address-updated": { kind: "status", text: "The address was saved." },
  "address-deleted": { kind: "status", text: "The address was deleted." },
  "address-default": { kind: "status", text: "That address is now your default address." },
  "address-missing": { kind: "alert", text: "That address is not in your address book (it may have been deleted already)." },
  "favourite-removed": { kind: "status", text: "Removed from favourites." },
  "favourite-missing": { kind: "alert", text: "That product could not be found in your favourites." },
  "history-cleared": { kind: "status", text: "Your recently viewed products were cleared." },
} as const;

/** A notice with its code, which names its message (account.notices.<code>); `text` is the English. */
export type Notice = { kind: "status" | "alert"; text: string; code: keyof typeof NOTICES };

export function noticeFor(code: string | string[] | undefined): Notice | null {
  if (typeof code !== "string" || !(code in NOTICES)) return null;
  const known = code as keyof typeof NOTICES;
  return { ...NOTICES[known], code: known };
}

import type { KnownMessages } from "@/lib/i18n/known-messages";

/**
 * The sentences sign-in, sign-up, password reset and two-factor actions answer (messages/<locale>/auth.json
 * "refusals"), the rate limits' "Try again in {minutes, plural, …}" included.
 */
export const AUTH_REFUSALS: KnownMessages = {
  namespace: "auth.refusals",
  keys: [
    "emailTooLong",
    "emailInvalid",
    "tooShort",
    "tooLong",
    "commonPassword",
    "enterPassword",
    "enterName",
    "enterEmailCode",
    "resetIncomplete",
    "resetInvalid",
    "correctFields",
    "sessionEnded",
    "unreadable",
    "tooManyMinutes",
    "tooManySeconds",
    "codeRejected",
    "signUpSent",
    "codeSent",
    "resetSent",
    "resetExpired",
    "throttled",
    "wrongPassword",
    "codeTooSoon",
    "resetTooSoon",
    "codesPerHour",
    "resetsPerHour",
    "appCodeFormat",
    "setupIncomplete",
    "setupInvalid",
    "secondStepFormat",
    "secondStepWrong",
    "twoFactorUnavailable",
    "twoFactorOnSignInAgain",
    "twoFactorOn",
    "notFinished",
    "setupExpired",
    "codeMismatch",
    "alreadyOn",
  ],
};

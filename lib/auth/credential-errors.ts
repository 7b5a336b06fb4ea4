import { CredentialsSignin } from "next-auth";

/** Thrown from authorize(): wrong e-mail/password or code. The message never says which. */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

/** Thrown from authorize() while the account or address is throttled; code carries the minutes to wait. */
export class SignInThrottled extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

/** The sentence to show for a failed sign-in, from the error's code. */
export function signInErrorMessage(code: string | undefined): string {
  if (code?.startsWith("throttled:")) {
    const minutes = Number(code.split(":")[1]) || 15;
    return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or reset your password.`;
  }
  return "That e-mail and password do not match an account. Check them and try again.";
}

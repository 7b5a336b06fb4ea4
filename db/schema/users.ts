import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const userRole = pgEnum("user_role", ["customer", "staff", "admin"]);

/** A person with an account. E-mail is stored lower-cased; the password hash is argon2id, null for code/OAuth-only accounts. */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull().default(""),
    passwordHash: text(),
    role: userRole().notNull().default("customer"),
    emailVerifiedAt: timestamp({ withTimezone: true }),
    // A mobile number in E.164 (+8613800138000); it signs in only once proven by an SMS code (phoneVerifiedAt).
    phone: text(),
    phoneVerifiedAt: timestamp({ withTimezone: true }),
    loyaltyPoints: integer().notNull().default(0),
    // Bumped on password change or sign-out-everywhere: sessions carrying an older value are refused.
    sessionVersion: integer().notNull().default(0),
    disabled: boolean().notNull().default(false),
    // Two-factor sign-in (staff, admins): the TOTP secret encrypted with a key derived from AUTH_SECRET
    // (lib/auth/two-factor/secret-box.ts), set once enrolment is confirmed; the last time step used, against replays.
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    totpLastStep: integer(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_loyalty_nonnegative", sql`${t.loyaltyPoints} >= 0`),
    // One account per proven number; an unproven claim blocks nobody.
    uniqueIndex("users_verified_phone_key")
      .on(t.phone)
      .where(sql`${t.phoneVerifiedAt} is not null`),
    check("users_phone_e164", sql`${t.phone} ~ '^[+][1-9][0-9]{6,14}$'`),
    check("users_phone_verified_has_phone", sql`${t.phoneVerifiedAt} is null or ${t.phone} is not null`),
  ],
);

/** An OAuth identity (GitHub, Google) linked to a user. */
export const oauthAccounts = pgTable(
  "oauth_accounts",
  {
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("oauth_accounts_user_idx").on(t.userId)],
);

export const authTokenKind = pgEnum("auth_token_kind", ["sign_in_code", "password_reset"]);

/** One-time sign-in codes and password-reset tokens; only a hash is stored. */
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: authTokenKind().notNull(),
    email: text().notNull(),
    tokenHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_tokens_email_idx").on(t.email, t.kind, t.createdAt), index("auth_tokens_hash_idx").on(t.tokenHash)],
);

/** One-time recovery codes for two-factor sign-in: only an argon2id hash is kept; each works once. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

export type UserRow = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];

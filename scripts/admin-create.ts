/**
 * `npm run admin:create -- --email EMAIL --password PASSWORD [--name NAME]`:
 * creates an admin account, or promotes an existing one (a given password then
 * replaces its old one). Uses DATABASE_URL, else the embedded database.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { prepareDatabase } from "../db/bootstrap";
import { closeDb } from "../db/index";
import { createOrPromoteAdmin } from "../lib/auth/mutations";
import { PASSWORD_MAX, PASSWORD_MIN } from "../lib/auth/schema";

const USAGE = `npm run admin:create -- --email EMAIL [--password PASSWORD] [--name NAME]
  Creates an admin (--password required) or promotes an existing account to admin
  (--password, when given, replaces its password and ends its sessions).`;

const args = z.object({
  email: z.email("--email must be an e-mail address"),
  password: z
    .string()
    .min(PASSWORD_MIN, `--password must have at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `--password must have at most ${PASSWORD_MAX} characters`)
    .optional(),
  name: z.string().trim().max(100, "--name must have at most 100 characters").optional(),
});

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const parsed = args.safeParse({ ...values, email: values.email?.trim() });
if (!parsed.success) {
  console.error(`${parsed.error.issues.map((i) => i.message).join("\n")}\n\n${USAGE}`);
  process.exit(1);
}

const prepared = await prepareDatabase({ seedDemo: false });
try {
  const result = await createOrPromoteAdmin(parsed.data);
  const who = `${result.user.email}${result.user.name ? ` (${result.user.name})` : ""}`;
  const done = {
    created: `Created admin account ${who}.`,
    promoted: `Promoted ${who} to admin${result.passwordSet ? " and set the new password (old sessions ended)" : "; password unchanged"}.`,
    "already-admin": `${who} was already an admin${result.passwordSet ? "; set the new password (old sessions ended)" : "; nothing changed"}.`,
  }[result.action];
  console.log(`[admin:create] ${done}`);
} catch (err) {
  console.error(`[admin:create] ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
  await prepared.stop();
}

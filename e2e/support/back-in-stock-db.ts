import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "../../db/schema";
import { notifyBackInStock } from "../../lib/back-in-stock/notify";
import { testDb } from "./db";

/**
 * Runs the back-in-stock job once against the test database, as the server's periodic
 * sweep would (which may also get there first: the job claims its rows, so each
 * subscriber is e-mailed once either way). Messages go to mail_outbox as without SMTP.
 * Drizzle gets a client of its own: it changes its client's date parsing, which testDb()'s users rely on.
 */
export async function runBackInStockJob(siteUrl: string): Promise<number> {
  const client = postgres(process.env.E2E_DATABASE_URL!, { max: 2, onnotice: () => {} });
  const sql = testDb();
  try {
    return await notifyBackInStock({
      db: drizzle({ client, schema, casing: "snake_case" }),
      deliver: async (mail) => {
        await sql`insert into mail_outbox ("to", subject, text, template, status)
          values (${mail.to}, ${mail.subject}, ${mail.text}, ${mail.template}, 'logged')`;
      },
      siteUrl,
      shop: "Mercato",
    });
  } finally {
    await client.end();
  }
}

import "server-only";
import { db } from "@/db";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { storeName } from "@/lib/settings/store";
import { notifyBackInStock } from "./notify";

/** The periodic job (lib/jobs/periodic.ts): back-in-stock e-mails for the stock that arrived since the last sweep. */
export async function emailBackInStock(): Promise<number> {
  return notifyBackInStock({ db, deliver: queueMail, siteUrl: env().SITE_URL, shop: await storeName() });
}

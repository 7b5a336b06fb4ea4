import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { productQuestions, products, users } from "@/db/schema";
import { raiseAlert } from "@/lib/alerts/raise";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { answeredMail } from "./mail";
import { ASK_REFUSALS, askerDisplayName, canAnswer, canAsk, statusWhenShown } from "./rules";
import type { AskQuestionInput } from "./schema";

export type AskResult = { ok: true; id: number } | { ok: false; error: string };
export type StaffResult = { ok: true; productSlug: string; emailed?: boolean } | { ok: false; error: string };

const GONE = { ok: false, error: "That question no longer exists. Reload the page." } as const;

/** An excerpt for the alert's body (alerts are short). */
const excerpt = (text: string, max = 200) => ([...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text);

/**
 * Records a signed-in shopper's question (pending until staff answer it) and,
 * in the same transaction, raises the staff alert.
 */
export async function askQuestion(userId: string, input: AskQuestionInput): Promise<AskResult> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, name: users.name, disabled: users.disabled }).from(users).where(eq(users.id, userId));
    const [product] = await tx
      .select({ id: products.id, status: products.status, title: products.title })
      .from(products)
      .where(eq(products.id, input.productId));
    const verdict = canAsk(user ?? null, product ?? null);
    if (!verdict.ok) return { ok: false, error: ASK_REFUSALS[verdict.reason] };
    const [row] = await tx
      .insert(productQuestions)
      .values({ productId: product!.id, userId, askerName: askerDisplayName(user!.name), question: input.question })
      .returning({ id: productQuestions.id });
    await raiseAlert(tx, {
      kind: "product_question",
      title: `New question about ${product!.title}`,
      body: excerpt(input.question),
      href: `/admin/questions?status=pending#question-${row!.id}`,
    });
    return { ok: true, id: row!.id };
  });
}

/**
 * Publishes (or edits) the store's answer; the first answer e-mails the asker
 * (queued in the same transaction: sent once it commits). A hidden question cannot be answered.
 */
export async function answerQuestion(staffId: string, questionId: number, answer: string): Promise<StaffResult> {
  const outcome = await db.transaction(async (tx) => {
    const [q] = await tx
      .select({
        status: productQuestions.status,
        question: productQuestions.question,
        productTitle: products.title,
        productSlug: products.slug,
        email: users.email,
      })
      .from(productQuestions)
      .innerJoin(products, eq(products.id, productQuestions.productId))
      .leftJoin(users, eq(users.id, productQuestions.userId))
      .where(eq(productQuestions.id, questionId))
      .for("update", { of: productQuestions });
    if (!q) return GONE;
    if (!canAnswer(q.status)) return { ok: false as const, error: "This question is hidden. Show it again before answering it." };
    await tx
      .update(productQuestions)
      .set({ answer, answeredBy: staffId, answeredAt: sql`now()`, status: "answered", updatedAt: sql`now()` })
      .where(eq(productQuestions.id, questionId));
    const emailed = q.status === "pending" && q.email !== null;
    if (emailed) await queueMail({ to: q.email!, ...answeredMail({ ...q, answer }, env().SITE_URL) }, tx);
    return { ok: true as const, emailed, productSlug: q.productSlug };
  });
  if (!outcome.ok) return outcome;
  return { ok: true, productSlug: outcome.productSlug, emailed: outcome.emailed };
}

/** Hides a question from the shop, or shows it again as it was (answered, or back in the queue). */
export async function setQuestionVisibility(questionId: number, visibility: "hidden" | "shown"): Promise<StaffResult> {
  const [current] = await db
    .select({ answer: productQuestions.answer, status: productQuestions.status, slug: products.slug })
    .from(productQuestions)
    .innerJoin(products, eq(products.id, productQuestions.productId))
    .where(eq(productQuestions.id, questionId));
  if (!current) return GONE;
  const status = visibility === "hidden" ? "hidden" : statusWhenShown(current.answer);
  await db
    .update(productQuestions)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(productQuestions.id, questionId));
  return { ok: true, productSlug: current.slug };
}

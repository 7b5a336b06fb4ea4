import "server-only";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { productQuestions, products } from "@/db/schema";
import type { QuestionFilter } from "./schema";

/** An answered question as the product page shows it. Dates are ISO strings. */
export type AnsweredQuestion = { id: number; question: string; askerName: string; askedAt: string; answer: string; answeredAt: string };

export const ANSWERED_SHOWN = 20;

/** The product's answered questions, newest answer first (the partial index product_questions_answered_idx). */
export async function listAnsweredQuestions(productId: number, limit = ANSWERED_SHOWN): Promise<AnsweredQuestion[]> {
  const rows = await db
    .select({
      id: productQuestions.id,
      question: productQuestions.question,
      askerName: productQuestions.askerName,
      askedAt: productQuestions.createdAt,
      answer: productQuestions.answer,
      answeredAt: productQuestions.answeredAt,
    })
    .from(productQuestions)
    .where(and(eq(productQuestions.productId, productId), eq(productQuestions.status, "answered")))
    .orderBy(desc(productQuestions.answeredAt), desc(productQuestions.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    answer: r.answer ?? "",
    askedAt: r.askedAt.toISOString(),
    answeredAt: (r.answeredAt ?? r.askedAt).toISOString(),
  }));
}

/** How many questions wait for an answer (the back-office nav's count). */
export async function countUnansweredQuestions(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(productQuestions).where(eq(productQuestions.status, "pending"));
  return row?.n ?? 0;
}

export const ADMIN_QUESTIONS_PER_PAGE = 20;

export type AdminQuestion = {
  id: number;
  question: string;
  askerName: string;
  askedAt: string;
  status: "pending" | "answered" | "hidden";
  answer: string | null;
  answeredAt: string | null;
  product: { slug: string; title: string };
};

/** One page of questions in a state: unanswered oldest first (a queue), the others newest first. */
export async function listQuestionsForStaff(
  filter: QuestionFilter,
  perPage = ADMIN_QUESTIONS_PER_PAGE,
): Promise<{ items: AdminQuestion[]; total: number; page: number; pageCount: number }> {
  const where = eq(productQuestions.status, filter.status);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(productQuestions).where(where);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(filter.page, pageCount);
  const order =
    filter.status === "pending"
      ? [asc(productQuestions.createdAt), asc(productQuestions.id)]
      : [desc(productQuestions.updatedAt), desc(productQuestions.id)];
  const rows = await db
    .select({
      id: productQuestions.id,
      question: productQuestions.question,
      askerName: productQuestions.askerName,
      askedAt: productQuestions.createdAt,
      status: productQuestions.status,
      answer: productQuestions.answer,
      answeredAt: productQuestions.answeredAt,
      slug: products.slug,
      title: products.title,
    })
    .from(productQuestions)
    .innerJoin(products, eq(products.id, productQuestions.productId))
    .where(where)
    .orderBy(...order)
    .limit(perPage)
    .offset((page - 1) * perPage);
  const items = rows.map(({ slug, title, askedAt, answeredAt, ...r }) => ({
    ...r,
    askedAt: askedAt.toISOString(),
    answeredAt: answeredAt?.toISOString() ?? null,
    product: { slug, title },
  }));
  return { items, total, page, pageCount };
}

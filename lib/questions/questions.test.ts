import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { mailOutbox, productQuestions, products, staffAlerts } from "@/db/schema";
import { createTestUser, pickProduct } from "@/lib/accounts/testing";
import { answerQuestion, askQuestion, setQuestionVisibility } from "./mutations";
import { countUnansweredQuestions, listAnsweredQuestions, listQuestionsForStaff } from "./queries";

async function status(id: number) {
  const [row] = await db.select({ status: productQuestions.status }).from(productQuestions).where(eq(productQuestions.id, id));
  return row!.status;
}

describe("product questions (real PostgreSQL)", () => {
  it("ask → alert raised → answer → e-mail in the outbox → shown on the product", async () => {
    const product = await pickProduct(45);
    const [asker, staff] = [await createTestUser("Quinn Asker"), await createTestUser("Sam Staff")];
    const pendingBefore = await countUnansweredQuestions();

    const asked = await askQuestion(asker.id, { productId: product.id, question: "Does it come with <b>batteries</b>?" });
    expect(asked.ok).toBe(true);
    const id = asked.ok ? asked.id : 0;
    expect(await status(id)).toBe("pending");
    expect(await countUnansweredQuestions()).toBeGreaterThanOrEqual(pendingBefore + 1);
    const [alert] = await db
      .select()
      .from(staffAlerts)
      .where(eq(staffAlerts.href, `/admin/questions?status=pending#question-${id}`));
    expect(alert).toMatchObject({ kind: "product_question", title: `New question about ${product.title}` });
    expect(alert!.body).toContain("batteries");

    // Waiting for an answer: not on the product page; first in the queue's order by age.
    expect(await listAnsweredQuestions(product.id)).toEqual([]);
    const queue = await listQuestionsForStaff({ status: "pending", page: 1 }, 10_000);
    expect(queue.items.find((q) => q.id === id)).toMatchObject({ askerName: "Quinn A.", product: { slug: product.slug } });

    const answered = await answerQuestion(staff.id, id, "Yes, two AA batteries.");
    expect(answered).toEqual({ ok: true, productSlug: product.slug, emailed: true });
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.to, asker.email));
    expect(mails.map((m) => m.template)).toEqual(["question-answered"]);
    expect(mails[0]!.text).toContain("Yes, two AA batteries.");
    expect(mails[0]!.text).toContain(`/p/${product.slug}`);

    const shown = await listAnsweredQuestions(product.id);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      id,
      askerName: "Quinn A.",
      question: "Does it come with <b>batteries</b>?",
      answer: "Yes, two AA batteries.",
    });

    // Editing the answer does not e-mail again.
    expect(await answerQuestion(staff.id, id, "Yes: two AA batteries are in the box.")).toMatchObject({ ok: true, emailed: false });
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, asker.email))).toHaveLength(1);
    expect((await listAnsweredQuestions(product.id))[0]!.answer).toBe("Yes: two AA batteries are in the box.");
  });

  it("hides a question from the product page, refuses to answer it while hidden, shows it again as it was", async () => {
    const product = await pickProduct(46);
    const [asker, staff] = [await createTestUser("Ola"), await createTestUser()];
    const asked = await askQuestion(asker.id, { productId: product.id, question: "Is it dishwasher safe?" });
    const id = asked.ok ? asked.id : 0;
    await answerQuestion(staff.id, id, "Top rack only.");

    expect(await setQuestionVisibility(id, "hidden")).toMatchObject({ ok: true });
    expect(await status(id)).toBe("hidden");
    expect(await listAnsweredQuestions(product.id)).toEqual([]);
    expect(await answerQuestion(staff.id, id, "Changed")).toMatchObject({ ok: false, error: expect.stringMatching(/hidden/) });

    await setQuestionVisibility(id, "shown");
    expect(await status(id)).toBe("answered");
    expect((await listAnsweredQuestions(product.id))[0]).toMatchObject({ id, askerName: "Ola", answer: "Top rack only." });

    const unanswered = await askQuestion(asker.id, { productId: product.id, question: "What colours exist?" });
    const other = unanswered.ok ? unanswered.id : 0;
    await setQuestionVisibility(other, "hidden");
    await setQuestionVisibility(other, "shown");
    expect(await status(other)).toBe("pending");
    expect(await setQuestionVisibility(999_999_999, "hidden")).toMatchObject({ ok: false });
  });

  it("refuses a product that is not on sale and an unknown account", async () => {
    const asker = await createTestUser();
    const [draft] = await db.select({ id: products.id }).from(products).where(eq(products.status, "draft")).limit(1);
    if (draft) {
      expect(await askQuestion(asker.id, { productId: draft.id, question: "Is this coming back?" })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/no longer sold/),
      });
    }
    expect(await askQuestion(asker.id, { productId: 999_999_999, question: "Anything?" })).toMatchObject({ ok: false });
    const product = await pickProduct(47);
    expect(await askQuestion("00000000-0000-4000-8000-000000000000", { productId: product.id, question: "Who am I?" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Sign in/),
    });
  });
});

import { describe, expect, it } from "vitest";
import { askerDisplayName, canAnswer, canAsk, statusWhenShown, textLength } from "./rules";
import { answerSchema, askQuestionSchema, questionFilterSchema } from "./schema";

describe("who may ask", () => {
  it("needs a signed-in, enabled account and an active product", () => {
    const active = { status: "active" };
    expect(canAsk(null, active)).toEqual({ ok: false, reason: "sign-in" });
    expect(canAsk({ id: "u", disabled: true }, active)).toEqual({ ok: false, reason: "sign-in" });
    expect(canAsk({ id: "u" }, { status: "draft" })).toEqual({ ok: false, reason: "product-unavailable" });
    expect(canAsk({ id: "u" }, null)).toEqual({ ok: false, reason: "product-unavailable" });
    expect(canAsk({ id: "u" }, active)).toEqual({ ok: true });
  });
});

describe("asker's shown name", () => {
  it("is the first name and the last name's initial, never an e-mail", () => {
    expect(askerDisplayName("Ann Buyer")).toBe("Ann B.");
    expect(askerDisplayName("  Ann   van der berg ")).toBe("Ann B.");
    expect(askerDisplayName("Cher")).toBe("Cher");
    expect(askerDisplayName("")).toBe("A shopper");
    expect(askerDisplayName("ann@example.com")).toBe("A shopper");
    expect(askerDisplayName("王 小明")).toBe("王 小.");
  });
});

describe("lengths", () => {
  it("counts characters, not UTF-16 units", () => {
    expect(textLength(" 😀😀 ")).toBe(2);
  });

  it("refuses too short and too long questions, trims the rest", () => {
    const ask = (question: string) => askQuestionSchema.safeParse({ productId: "3", question });
    expect(ask("Hi?").success).toBe(false);
    expect(ask("x".repeat(1001)).success).toBe(false);
    expect(ask("😀".repeat(1000)).success).toBe(true);
    expect(ask("  Is it waterproof?  ").data).toEqual({ productId: 3, question: "Is it waterproof?" });
  });

  it("refuses an empty or overlong answer", () => {
    expect(answerSchema.safeParse({ questionId: "1", answer: "   " }).success).toBe(false);
    expect(answerSchema.safeParse({ questionId: "1", answer: "y".repeat(2001) }).success).toBe(false);
    expect(answerSchema.safeParse({ questionId: "1", answer: "Yes." }).data).toEqual({ questionId: 1, answer: "Yes." });
  });
});

describe("states", () => {
  it("answers pending or answered questions, not hidden ones", () => {
    expect(canAnswer("pending")).toBe(true);
    expect(canAnswer("answered")).toBe(true);
    expect(canAnswer("hidden")).toBe(false);
  });

  it("shows a hidden question again as it was", () => {
    expect(statusWhenShown("Yes, it is.")).toBe("answered");
    expect(statusWhenShown(null)).toBe("pending");
  });

  it("lists unanswered questions unless the URL asks for another filter", () => {
    expect(questionFilterSchema.parse({})).toEqual({ status: "pending", page: 1 });
    expect(questionFilterSchema.parse({ status: "answered", page: "2" })).toEqual({ status: "answered", page: 2 });
    expect(questionFilterSchema.parse({ status: "bogus" }).status).toBe("pending");
  });
});

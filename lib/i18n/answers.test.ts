import { describe, expect, it, vi } from "vitest";

vi.mock("./server", () => ({ requestLocale: async () => "zh-CN" }));
const { translateAnswer, translateAnswerText } = await import("./answers");

describe("action answers in the request's language", () => {
  it("finds an English refusal among the messages and gives it in Chinese, arguments carried over", () => {
    expect(translateAnswerText("That e-mail and password do not match an account. Check them and try again.", "zh-CN")).toBe(
      "电子邮箱或密码不正确。请检查后重试。",
    );
    expect(translateAnswerText("Use at least 12 characters.", "zh-CN")).toBe("请至少输入 12 个字符。");
    expect(translateAnswerText("We sent a 6-digit code to wang@example.com. Enter it below; it works for 10 minutes.", "zh-CN")).toContain(
      "wang@example.com",
    );
  });

  it("reads English plurals, one and other", () => {
    expect(translateAnswerText("Too many attempts in a short time. Try again in 1 minute.", "zh-CN")).toBe(
      "短时间内尝试次数过多。请 1 分钟后重试。",
    );
    expect(translateAnswerText("Too many attempts in a short time. Try again in 14 minutes.", "zh-CN")).toBe(
      "短时间内尝试次数过多。请 14 分钟后重试。",
    );
  });

  it("leaves English answers, unknown sentences and other fields as they are", () => {
    const answer = { error: "Please correct the highlighted fields.", fieldErrors: { email: "Something new." }, values: { email: "x" } };
    expect(translateAnswer(answer, "en")).toBe(answer);
    expect(translateAnswer(answer, "zh-CN")).toEqual({
      error: "请更正标出的字段。",
      fieldErrors: { email: "Something new." },
      values: { email: "x" },
    });
  });
});

import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { CUSTOMER_MESSAGES } from "@/lib/customers/messages";
import { JOB_MESSAGES } from "@/lib/jobs/messages";
import { QUESTION_STAFF_MESSAGES } from "@/lib/questions/admin/messages";
import { RETURN_ERRORS, STAFF_RETURN_ERRORS } from "@/lib/returns/messages";
import { REVIEW_MODERATION_MESSAGES } from "@/lib/reviews/admin/messages";
import { knownMessageTranslator } from "./known-messages";
import { isLocale } from "./locales";
import { messagesFor } from "./messages";

vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({ locale, messages: messagesFor(isLocale(locale) ? locale : "en"), namespace: namespace as never }),
  getLocale: async () => "zh-CN",
  setRequestLocale: () => {},
}));

describe("the back office's customer, review, question, return and job answers in Chinese", () => {
  it("translates the customer pages' sentences, the role names and points counts inside them", async () => {
    const zh = await knownMessageTranslator("zh-CN", CUSTOMER_MESSAGES);
    expect(zh("Role changed: this account is now an admin.")).toBe("角色已更改：该账户现在是管理员。");
    expect(zh("This account is already a customer.")).toBe("该账户已经是客户。");
    expect(zh("Added 20 points: the balance is now 120.")).toBe("已增加 20 积分：当前余额为 120。");
    expect(zh("Took 1 point: the balance is now 0.")).toBe("已扣除 1 积分：当前余额为 0。");
    expect(zh("The customer has 5 points: taking 20 would make the balance negative. Enter at most -5.")).toBe(
      "该客户只有 5 积分：扣除 20 积分会使余额为负。最多输入 -5。",
    );
    expect(zh("Say why, e.g. “Apology for a late delivery”.")).toBe("请说明原因，如“延迟发货致歉”。");
  });

  it("translates moderation, question, job and return sentences", async () => {
    const zh = await knownMessageTranslator(
      "zh-CN",
      REVIEW_MODERATION_MESSAGES,
      QUESTION_STAFF_MESSAGES,
      JOB_MESSAGES,
      STAFF_RETURN_ERRORS,
      RETURN_ERRORS,
    );
    expect(zh("Review hidden from the shop.")).toBe("评价已从店铺中隐藏。");
    expect(zh("Keep the reply under 2000 characters.")).toBe("回复请少于 2000 个字符。");
    expect(zh("Write the answer before publishing it.")).toBe("请先填写回答再发布。");
    expect(zh("That job does not exist.")).toBe("该任务不存在。");
    expect(zh("This return is approved: send it back, so that cannot be done now.")).toBe(
      "此退货的状态为“已同意：请寄回商品”，目前无法执行该操作。",
    );
    expect(zh("This return changed meanwhile: reload the page.")).not.toMatch(/[a-z]{3}/);
  });
});

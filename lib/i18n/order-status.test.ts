import { describe, expect, it } from "vitest";
import { orderStatus } from "@/db/schema";
import { LOCALES } from "./locales";
import { messagesFor } from "./messages";

describe("order status words", () => {
  it.each(LOCALES)("%s names every order status", (locale) => {
    const words = messagesFor(locale).orderStatus ?? {};
    expect(orderStatus.enumValues.filter((s) => typeof words[s] !== "string")).toEqual([]);
  });
});

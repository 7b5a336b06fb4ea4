import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike } from "./text";

describe("escapeLike", () => {
  it("escapes LIKE wildcards and the escape character", () => {
    expect(escapeLike("100%_off\\")).toBe("100\\%\\_off\\\\");
  });
});

describe("containsPattern", () => {
  it("matches anywhere, with % and _ taken literally", () => {
    expect(containsPattern("50%_off")).toBe("%50\\%\\_off%");
  });
});

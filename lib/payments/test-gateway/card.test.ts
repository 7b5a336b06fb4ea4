import { describe, expect, it } from "vitest";
import { checkTestCard } from "./card";

describe("test gateway cards", () => {
  it("succeeds with 4242 4242 4242 4242, with or without spaces or dashes", () => {
    for (const n of ["4242 4242 4242 4242", "4242424242424242", "4242-4242-4242-4242", " 4242 4242 4242 4242 "]) {
      expect(checkTestCard(n)).toEqual({ outcome: "succeeded" });
    }
  });

  it("declines 4000 0000 0000 0002", () => {
    expect(checkTestCard("4000 0000 0000 0002")).toEqual({ outcome: "declined" });
    expect(checkTestCard("4000000000000002")).toEqual({ outcome: "declined" });
  });

  it("asks for a number when the field is empty", () => {
    expect(checkTestCard("  ")).toEqual({ error: "Enter a card number." });
  });

  it("rejects anything that is not 16 digits", () => {
    for (const n of ["4242 4242 4242 424", "4242 4242 4242 42424", "4242 4242 4242 424x", "abcd"]) {
      expect(checkTestCard(n)).toEqual({ error: "Enter the 16 digits of the card number." });
    }
  });

  it("rejects a mistyped number (checksum) and real-looking cards that are not test cards", () => {
    expect(checkTestCard("4242 4242 4242 4243")).toEqual({ error: "That card number is not valid. Check the digits." });
    const other = checkTestCard("5555 5555 5555 4444");
    expect("error" in other && other.error).toMatch(/test gateway/);
  });
});

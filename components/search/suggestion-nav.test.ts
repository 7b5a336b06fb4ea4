import { describe, it, expect } from "vitest";
import { isSuggestable, navIntent, wrapIndex, type NavContext } from "./suggestion-nav";

describe("isSuggestable", () => {
  it("needs two characters after trimming", () => {
    expect(isSuggestable("")).toBe(false);
    expect(isSuggestable("  a  ")).toBe(false);
    expect(isSuggestable("ab")).toBe(true);
    expect(isSuggestable(" mug ")).toBe(true);
  });
  it("accepts a single Chinese character", () => {
    expect(isSuggestable("茶")).toBe(true);
    expect(isSuggestable(" 杯 ")).toBe(true);
    expect(isSuggestable("あ")).toBe(false);
  });
  it("counts characters, not UTF-16 code units", () => {
    expect(isSuggestable("😀")).toBe(false);
    expect(isSuggestable("😀a")).toBe(true);
  });
});

describe("wrapIndex", () => {
  it("starts at the first or last option from nothing", () => {
    expect(wrapIndex(-1, 3, 1)).toBe(0);
    expect(wrapIndex(-1, 3, -1)).toBe(2);
  });
  it("wraps at both ends", () => {
    expect(wrapIndex(2, 3, 1)).toBe(0);
    expect(wrapIndex(0, 3, -1)).toBe(2);
    expect(wrapIndex(1, 3, 1)).toBe(2);
  });
  it("recovers from an out-of-range index and handles empty lists", () => {
    expect(wrapIndex(7, 3, 1)).toBe(0);
    expect(wrapIndex(0, 0, 1)).toBe(-1);
  });
});

describe("navIntent", () => {
  const open: NavContext = { open: true, active: -1, count: 4, hasText: true };
  const closed: NavContext = { ...open, open: false };

  it("moves the highlight with the arrow keys", () => {
    expect(navIntent("ArrowDown", open)).toEqual({ type: "highlight", index: 0 });
    expect(navIntent("ArrowUp", open)).toEqual({ type: "highlight", index: 3 });
    expect(navIntent("ArrowDown", { ...open, active: 3 })).toEqual({ type: "highlight", index: 0 });
    expect(navIntent("ArrowUp", { ...open, active: 0 })).toEqual({ type: "highlight", index: 3 });
  });
  it("reopens a closed list at its first or last option", () => {
    expect(navIntent("ArrowDown", { ...closed, active: 2 })).toEqual({ type: "highlight", index: 0 });
    expect(navIntent("ArrowUp", closed)).toEqual({ type: "highlight", index: 3 });
    expect(navIntent("ArrowDown", { ...closed, count: 0 })).toEqual({ type: "none" });
  });
  it("chooses the highlighted option on Enter, otherwise lets the form submit", () => {
    expect(navIntent("Enter", { ...open, active: 1 })).toEqual({ type: "choose", index: 1 });
    expect(navIntent("Enter", open)).toEqual({ type: "none" });
    expect(navIntent("Enter", { ...closed, active: 1 })).toEqual({ type: "none" });
  });
  it("closes on the first Escape and clears on the second", () => {
    expect(navIntent("Escape", open)).toEqual({ type: "close" });
    expect(navIntent("Escape", closed)).toEqual({ type: "clear" });
    expect(navIntent("Escape", { ...closed, hasText: false })).toEqual({ type: "none" });
  });
  it("closes on Tab without trapping focus", () => {
    expect(navIntent("Tab", open)).toEqual({ type: "close" });
    expect(navIntent("Tab", closed)).toEqual({ type: "none" });
  });
  it("leaves Home, End and typing alone", () => {
    for (const key of ["Home", "End", "a", "ArrowLeft", "Backspace"]) expect(navIntent(key, open)).toEqual({ type: "none" });
  });
  it("ignores keys while an IME is composing", () => {
    expect(navIntent("Enter", { ...open, active: 1 }, true)).toEqual({ type: "none" });
    expect(navIntent("ArrowDown", open, true)).toEqual({ type: "none" });
  });
});

import { describe, expect, it } from "vitest";
import { parseRecentIds, pushRecentId, RECENT_SHOWN, serializeRecentIds } from "./recent-ids";

describe("guest recently-viewed cookie", () => {
  it("round-trips ids, newest first", () => {
    const ids = pushRecentId(pushRecentId(pushRecentId([], 3), 9), 4);
    expect(ids).toEqual([4, 9, 3]);
    expect(parseRecentIds(serializeRecentIds(ids))).toEqual([4, 9, 3]);
  });

  it("moves a product viewed again to the front instead of repeating it", () => {
    expect(pushRecentId([4, 9, 3], 3)).toEqual([3, 4, 9]);
  });

  it(`keeps at most ${RECENT_SHOWN}`, () => {
    let ids: number[] = [];
    for (let id = 1; id <= 30; id++) ids = pushRecentId(ids, id);
    expect(ids).toHaveLength(RECENT_SHOWN);
    expect(ids[0]).toBe(30);
    expect(parseRecentIds(Array.from({ length: 40 }, (_, i) => i + 1).join("."))).toHaveLength(RECENT_SHOWN);
  });

  it("drops anything that is not a product id when reading a tampered cookie", () => {
    expect(parseRecentIds("5.abc.-3.0.07.5.99999999999.12.1e3.<script>")).toEqual([5, 12]);
    expect(parseRecentIds(undefined)).toEqual([]);
    expect(parseRecentIds("")).toEqual([]);
  });
});

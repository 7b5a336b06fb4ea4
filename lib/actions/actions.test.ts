import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionKindOf } from "./brand";

// Every file of server actions, loaded as Next loads it (the modules only define actions; nothing runs).
const modules = import.meta.glob(["../**/actions.ts", "../../app/**/actions.ts"]);
const root = path.resolve(__dirname, "../..");

/** Files whose first statement is "use server", anywhere in the app's code. */
function serverActionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.(ts|tsx)$/.test(entry.name)) return [];
    return /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

describe("every server action is built by staffAction, shopperAction or publicAction", () => {
  it('finds every "use server" file (all are named actions.ts, so the walk below sees them)', () => {
    const files = ["lib", "app", "components"].flatMap((d) => serverActionFiles(path.join(root, d)));
    const walked = Object.keys(modules).map((p) => path.resolve(__dirname, p));
    expect(files.length).toBeGreaterThan(15);
    expect(files.filter((f) => !walked.includes(f))).toEqual([]);
  });

  it("brands every exported function of every actions.ts", async () => {
    const unbuilt: string[] = [];
    let count = 0;
    for (const [file, load] of Object.entries(modules)) {
      for (const [name, value] of Object.entries((await load()) as Record<string, unknown>)) {
        if (typeof value !== "function") continue;
        count++;
        if (!actionKindOf(value)) unbuilt.push(`${file}: ${name}`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(unbuilt).toEqual([]);
  }, 90_000); // loads every actions module and what it imports: ~10 s here, 3–4× that on a slow day
});

/** An option as edited in the form: a name and its values in order. */
export type OptionInput = { name: string; values: string[] };

/** Every combination of the options' values, in the options' order: Size S/M × Color Red/Blue → 4. */
export function variantCombinations(options: OptionInput[]): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const option of options) {
    if (option.values.length === 0) continue;
    combos = combos.flatMap((c) => option.values.map((v) => ({ ...c, [option.name]: v })));
  }
  return combos;
}

/** A stable key for one combination, e.g. "Color=Red|Size=M" (keys sorted). */
export function comboKey(values: Record<string, string>): string {
  return Object.keys(values)
    .sort()
    .map((k) => `${k}=${values[k]}`)
    .join("|");
}

/** How a person reads a variant: "Size M, Color Red"; "Default" for a product without options. */
export function comboLabel(values: Record<string, string>, options: OptionInput[]): string {
  const parts = options.filter((o) => values[o.name] !== undefined).map((o) => `${o.name} ${values[o.name]}`);
  return parts.length ? parts.join(", ") : "Default";
}

/** Comma-separated values as a clean list: trimmed, empties and repeats dropped. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

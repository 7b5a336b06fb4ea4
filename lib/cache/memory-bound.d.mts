/** Types of ./memory-bound.mjs (plain JavaScript, loaded by Node outside Next's bundle). */
export declare function maxMemoryBytes(value: string | undefined, built: number | undefined): number | undefined;

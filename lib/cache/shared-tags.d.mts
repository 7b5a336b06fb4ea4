/** Types of ./shared-tags.mjs (plain JavaScript, loaded by Node outside Next's bundle). */
export declare class SharedTagClock {
  constructor(options: { url: string | undefined; pollMs: number; prepare?: boolean; log?: (message: string, error?: unknown) => void });
  readonly revalidated: Map<string, number>;
  /** Whether the table has been read once (or found unreachable). */
  readonly loaded: boolean;
  start(): Promise<void>;
  whenReady(): Promise<void>;
  poll(): Promise<void>;
  remember(tag: string, at: number): void;
  record(tags: string[], at?: number): Promise<void>;
  revalidatedSince(tags: readonly string[], time: number): boolean;
  stop(): Promise<void>;
}
export declare function sharedTagClock(): SharedTagClock;
export declare function existingSharedTagClock(): SharedTagClock | undefined;

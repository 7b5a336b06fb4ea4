import type { ActionState } from "@/lib/forms/action-state";
import type { RowIssue } from "./row-schema";

/** What an import call returns: how many rows it read and applied, and the rows it refused with why. */
export type ImportState = ActionState & { total?: number; applied?: number; issues?: RowIssue[] };

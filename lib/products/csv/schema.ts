import { z } from "zod";
import { CSV_COLUMNS } from "./columns";

/** Rows sent by the import page per call: the server re-validates every cell, this only bounds the shape. */
export const IMPORT_CHUNK_SIZE = 50;

const cell = z.string().max(20_000);
export const importChunkSchema = z
  .array(
    z.object({
      row: z.number().int().min(2).max(1_000_000),
      values: z.partialRecord(z.enum(CSV_COLUMNS), cell),
    }),
  )
  .min(1)
  .max(IMPORT_CHUNK_SIZE * 2);

/** Without JavaScript the whole file is posted; kept small so one request stays short. */
export const MAX_FORM_IMPORT_ROWS = 500;
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

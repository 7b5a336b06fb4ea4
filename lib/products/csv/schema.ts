import { z } from "zod";
import { CSV_COLUMNS } from "./columns";
import { IMPORT_CHUNK_SIZE } from "./limits";

const cell = z.string().max(20_000);

/** A chunk sent by the import page: the server re-validates every cell, this only bounds the shape. */
export const importChunkSchema = z
  .array(
    z.object({
      row: z.number().int().min(2).max(1_000_000),
      values: z.partialRecord(z.enum(CSV_COLUMNS), cell),
    }),
  )
  .min(1)
  .max(IMPORT_CHUNK_SIZE * 2);

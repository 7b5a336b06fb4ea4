import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { exportChunks } from "@/db/schema";

/** About how much of a file one `export_chunks` row holds: what the writer and a download keep in memory at once. */
export const CHUNK_BYTES = 1 << 20;

/**
 * Writes a stream into the export's chunks, in order from 0, each one
 * statement of its own (a failed attempt leaves its pieces: the next attempt
 * deletes them first). Returns the bytes written.
 */
export async function writeChunks(exportId: number, stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let pending: Uint8Array[] = [];
  let size = 0;
  let seq = 0;
  let total = 0;
  const flush = async () => {
    if (size === 0) return;
    await db.insert(exportChunks).values({ exportId, seq: seq++, data: Buffer.concat(pending, size) });
    pending = [];
    size = 0;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending.push(value);
      size += value.byteLength;
      total += value.byteLength;
      if (size >= CHUNK_BYTES) await flush();
    }
    await flush();
    return total;
  } finally {
    reader.releaseLock();
  }
}

/**
 * A stored file as a stream, one chunk read from the database each time the
 * reader wants more. A file whose chunks end before `bytes` (deleted meanwhile)
 * fails the stream rather than ending it as if complete.
 */
export function chunkStream(exportId: number, bytes: number): ReadableStream<Uint8Array> {
  let seq = 0;
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const [chunk] = await db
          .select({ data: exportChunks.data })
          .from(exportChunks)
          .where(and(eq(exportChunks.exportId, exportId), eq(exportChunks.seq, seq)));
        if (!chunk) {
          if (sent < bytes) controller.error(new Error(`export ${exportId} ends at ${sent} of ${bytes} bytes`));
          else controller.close();
          return;
        }
        seq++;
        sent += chunk.data.byteLength;
        controller.enqueue(new Uint8Array(chunk.data.buffer, chunk.data.byteOffset, chunk.data.byteLength));
      },
    },
    { highWaterMark: 1 },
  );
}

import { encodeExportRow } from "@/lib/products/csv/csv-codec";

/** Makes spreadsheet programs (Excel) read the file as UTF-8, so Chinese text opens correctly. */
const BOM = "\uFEFF";

/**
 * A CSV file as a byte stream: the byte-order mark and `header`, then each batch
 * of records as it arrives. Pull-based: the next batch is asked for only when
 * the reader has taken the previous one, so a slow download holds one batch in
 * memory, never the whole file. Cancelling the stream (the client went away)
 * stops the batches' source, which closes its database cursor.
 */
export function csvStream<R>(
  header: readonly string[],
  batches: AsyncIterable<R[]> | Iterable<R[]>,
  cells: (record: R) => string[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cancelled = false;
  const source = Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : batches[Symbol.iterator]();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`${BOM}${encodeExportRow(header)}`));
      },
      async pull(controller) {
        try {
          // Until something is enqueued: a pull that enqueues nothing is not called again.
          for (;;) {
            const next = await source.next();
            // The reader went away while this batch was on its way: the stream is closed, nothing more to do.
            if (cancelled) return;
            if (next.done) return controller.close();
            let chunk = "";
            for (const record of next.value) chunk += encodeExportRow(cells(record));
            if (chunk) return controller.enqueue(encoder.encode(chunk));
          }
        } catch (error) {
          if (cancelled) return;
          // The download ends short (the client sees a failed transfer, never a complete-looking file); say why here.
          console.error("[reports] a CSV export failed while streaming:", error);
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        await source.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** Records one at a time regrouped into batches of `size` (for sources that are not cursors). */
export async function* inBatches<R>(records: AsyncIterable<R>, size: number): AsyncGenerator<R[]> {
  let batch: R[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The download: a CSV stream with its type, file name (and length, when known) and no caching. */
export function csvResponse(stream: ReadableStream<Uint8Array>, filename: string, bytes?: number): Response {
  return new Response(stream, {
    headers: {
      ...(bytes === undefined ? {} : { "content-length": String(bytes) }),
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** What a shopper or signed-out visitor gets from a download URL: the back office does not admit it exists. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

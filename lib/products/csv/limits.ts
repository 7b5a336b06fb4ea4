/** Rows the import page sends per call (the server accepts up to twice this). */
export const IMPORT_CHUNK_SIZE = 50;
/** The largest file the import page reads in the browser (it sends it in chunks). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Without JavaScript the whole file is posted: Next accepts action bodies up to 1 MB, and one request should stay short. */
export const MAX_FORM_IMPORT_BYTES = 900 * 1024;
export const MAX_FORM_IMPORT_ROWS = 500;
/** The largest chunk the import route accepts (JSON of up to twice IMPORT_CHUNK_SIZE rows). */
export const MAX_IMPORT_CHUNK_BYTES = 8 * 1024 * 1024;

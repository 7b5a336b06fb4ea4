import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DATA_DIR: z.string().min(1).default(".data"),
  MEDIA_DIR: z.string().min(1).optional(),
  SITE_URL: z.url().default("http://localhost:3000"),
  STORE_NAME: z.string().min(1).default("Mercato"),
  STORE_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
    .default("USD"),
  CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(86400).default(60),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment; throws once, at boot, with every problem listed. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function mediaDir(): string {
  const e = env();
  return e.MEDIA_DIR ?? `${e.DATA_DIR}/media`;
}

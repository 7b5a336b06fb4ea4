import { z } from "zod";
import { databaseEnvIssues, databaseEnvShape } from "../db/config";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // DATABASE_*: defined with the client (db/config.ts), which imports nothing from lib/.
    ...databaseEnvShape,
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    DATA_DIR: z.string().min(1).default(".data"),
    MEDIA_DIR: z.string().min(1).optional(),
    SITE_URL: z.url().default("http://localhost:3000"),
    STORE_NAME: z.string().min(1).default("Mercato"),
    STORE_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")
      .default("USD"),
    // Next's build folder (next.config.ts); the benchmark uses its own.
    NEXT_DIST_DIR: z.string().min(1).optional(),
    CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
    // How often each instance reads the cache revalidations other instances made (lib/cache/shared-tags.mjs).
    CACHE_TAG_POLL_MS: z.coerce.number().int().min(50).max(60000).default(1000),
    // Bound of what each instance's cache handler keeps on disk (least recently used evicted; read by lib/cache/cache-handler.mjs).
    CACHE_MAX_DISK_MB: z.coerce.number().int().min(1).max(1_000_000).default(1024),
    // Next's in-memory copy of cached pages and data beside the disk (next.config.ts cacheMaxMemorySize; 0 = none).
    // Counted in characters and bytes of HTML, RSC and JSON: the heap holds about twice that. Fixed by the build and
    // read again at start by the cache handler (lib/cache/memory-bound.mjs), so the standalone server takes it too.
    CACHE_MAX_MEMORY_MB: z.coerce.number().int().min(0).max(4096).default(16),
    // With REDIS_URL, the shared cache's key prefix (several stores in one Redis) and the longest any entry or
    // tag revalidation time is kept there (lib/cache/redis-store.mjs).
    CACHE_REDIS_PREFIX: z.string().min(1).max(100).default("mercato:cache:"),
    CACHE_REDIS_MAX_TTL_SECONDS: z.coerce.number().int().min(60).max(31_536_000).default(1_209_600),
    // Accounts (next-auth). Without AUTH_SECRET one is generated under DATA_DIR.
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)").optional(),
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
    AUTH_GOOGLE_ID: z.string().min(1).optional(),
    AUTH_GOOGLE_SECRET: z.string().min(1).optional(),
    // Two-factor sign-in for the back office (lib/auth/two-factor/policy.ts); unset: required in production, optional otherwise.
    ADMIN_MFA: z.enum(["required", "optional", "off"]).optional(),
    // Mail. Without SMTP_URL every message goes to the mail_outbox table and the server log.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Mercato <shop@localhost>"),
    // How long the mail_outbox keeps messages (secrets are redacted there anyway), pruned by the periodic jobs.
    MAIL_OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(87600).default(168),
    // The job queue (lib/jobs/queue.ts): attempts per e-mail before it is dead-lettered (backoff e^attempt seconds
    // between them: 8 attempts span about half an hour), and jobs one instance runs at once.
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(8),
    QUEUE_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
    // SMS (sign-in codes by phone). Without SMS_PROVIDER every text goes to the sms_outbox table (and the log in development).
    SMS_PROVIDER: z.enum(["twilio"]).optional(),
    TWILIO_ACCOUNT_SID: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, "must be AC followed by 32 hex digits")
      .optional(),
    TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
    // The sender: an E.164 number, or a Messaging Service SID (MG…).
    TWILIO_FROM: z
      .string()
      .regex(/^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32})$/, "must be an E.164 number (+15551234567) or a Messaging Service SID (MG…)")
      .optional(),
    // Only to point the adapter at a stand-in server (tests) or a regional edge.
    TWILIO_API_BASE: z.url().default("https://api.twilio.com"),
    // The country assumed for numbers typed without +country code (ISO 3166-1 alpha-2).
    PHONE_DEFAULT_COUNTRY: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be a two-letter country code such as CN or US")
      .default("CN"),
    // Cart and orders.
    CART_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    ORDER_PAYMENT_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(10080).default(30),
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    // 0: this web instance runs no periodic jobs and no queue worker (a separate `npm run worker` does); read in instrumentation.ts.
    WORKER: z
      .enum(["0", "1"], { message: "must be 0 (periodic jobs run only in `npm run worker`) or 1 (this instance runs them too)" })
      .default("1"),
    // Payments: Stripe when its keys are set; the built-in test gateway in development, and in production only when chosen.
    PAYMENT_PROVIDER: z.enum(["test", "stripe"]).optional(),
    TEST_GATEWAY_SECRET: z.string().min(16).optional(),
    STRIPE_SECRET_KEY: z.string().regex(/^sk_/, "must start with sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_/, "must start with whsec_")
      .optional(),
    // Rate limits (lib/rate-limit/): in PostgreSQL, or in Redis when this is set.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
      .optional(),
    // Proxies in front of the app that append to X-Forwarded-For (lib/auth/client-ip.ts); 0: clients connect directly.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // Observability: /metrics answers only with `Authorization: Bearer <METRICS_TOKEN>`; unset, it answers 404 to everyone.
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters (openssl rand -hex 16)").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // OpenTelemetry traces (instrumentation.ts): exported over OTLP only when an endpoint is set; the other OTEL_* variables are read by the SDK.
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default("mercato"),
    // On SIGTERM: how long requests in flight may take to finish before they are cut (lib/ops/shutdown.ts).
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(3600).default(25),
  })
  .superRefine((e, ctx) => {
    if (e.SMS_PROVIDER === "twilio")
      for (const key of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const)
        if (!e[key]) ctx.addIssue({ code: "custom", path: [key], message: "required when SMS_PROVIDER is twilio" });
    for (const issue of databaseEnvIssues(e)) ctx.addIssue({ code: "custom", ...issue });
    // Stripe is active when chosen, or by default when its key is set: it then needs both keys.
    const stripe = e.PAYMENT_PROVIDER === "stripe" || (!e.PAYMENT_PROVIDER && e.STRIPE_SECRET_KEY);
    if (stripe && !e.STRIPE_SECRET_KEY)
      ctx.addIssue({ code: "custom", path: ["STRIPE_SECRET_KEY"], message: "required when the payment provider is Stripe" });
    if (stripe && !e.STRIPE_WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "required when the payment provider is Stripe (payments are confirmed by its webhooks)",
      });
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

/**
 * NODE_ENV (validated by the same schema), read live: Next fixes it before boot,
 * tests switch it. Every "which mode is this" question goes through here.
 */
export function nodeEnv(): Env["NODE_ENV"] {
  return schema.shape.NODE_ENV.parse(process.env.NODE_ENV);
}

/** A production server (`next start`, NODE_ENV=production): free test payments need PAYMENT_PROVIDER=test there. */
export function isProduction(): boolean {
  return nodeEnv() === "production";
}

/** `next dev`: the only place mail secrets (codes, links) may be printed to the log. */
export function isDevelopment(): boolean {
  return nodeEnv() === "development";
}

/** DATABASE_URL as it is now (read live; db/config.ts). */
export { appDatabaseUrl } from "../db/config";

export function mediaDir(): string {
  const e = env();
  return e.MEDIA_DIR ?? `${e.DATA_DIR}/media`;
}

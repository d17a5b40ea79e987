import { z } from "zod";
import { parseProxyTrust, type ProxyTrust } from "@/lib/http/client-address";

const boolish = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_PATH: z.string().min(1, "DATABASE_PATH must not be empty").default("./data/atlas.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface `npm start` listens on; unset → every interface. */
  HOST: z.string().min(1).max(255).optional(),
  /**
   * Proxies allowed to say who the client is (X-Forwarded-For): a hop count ("1": one proxy in
   * front) or a comma-separated list of addresses/CIDR ranges. Unset → the socket's address only.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v, ctx): ProxyTrust => {
      try {
        return parseProxyTrust(v);
      } catch (err) {
        ctx.addIssue({
          code: "custom",
          message: `TRUSTED_PROXIES must be ${err instanceof Error ? err.message : "a hop count or a list of addresses"}`,
        });
        return z.NEVER;
      }
    }),
  /** Public base URL used in e-mailed links. Defaults to http://localhost:$PORT. */
  APP_URL: z.url({ protocol: /^https?$/, error: "APP_URL must be an http(s) URL" }).optional(),
  /** smtp://user:pass@host:port or smtps://…; unset → e-mail is kept in the outbox table. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:pass@host:587" }).optional(),
  MAIL_FROM: z.string().min(3).default("Expertise Atlas <no-reply@expertise-atlas.local>"),
  /** Seed the demo register when the database has no teams (default on). */
  SEED_DEMO: boolish.default(true),
  /** Where the search index snapshot is written; defaults beside the database. */
  SEARCH_SNAPSHOT_PATH: z.string().min(1).optional(),
  /** Secret for signing sessions; required in production, generated for development. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /**
   * Multiplies every sign-in, sign-up and reset limit. 1 in production; the end-to-end suite, which
   * signs the same demo accounts in from one address many times, raises it.
   */
  AUTH_RATE_LIMIT_SCALE: z.coerce
    .number()
    .int("AUTH_RATE_LIMIT_SCALE must be a whole number")
    .min(1)
    .max(1000)
    .default(1),
  /** Web server processes `npm start` runs (Node's cluster); one per core by default. */
  WEB_CONCURRENCY: z.coerce
    .number()
    .int("WEB_CONCURRENCY must be a whole number")
    .min(1, "WEB_CONCURRENCY must be at least 1")
    .max(64, "WEB_CONCURRENCY must be at most 64")
    .optional(),
  /** Memory each web server process gives to stored public pages (MB); 0 turns the page cache off. */
  PAGE_CACHE_MB: z.coerce
    .number()
    .int("PAGE_CACHE_MB must be a whole number of megabytes")
    .min(0)
    .max(4096)
    .default(64),
  /** Public contact address for reporting problems (shown on the accessibility statement). */
  CONTACT_EMAIL: z.email({ error: "CONTACT_EMAIL must be an e-mail address" }).optional(),
  /** Requests per minute that one client address may make to the public JSON API (/api/v1). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int("API_RATE_LIMIT_PER_MINUTE must be a whole number")
    .min(1, "API_RATE_LIMIT_PER_MINUTE must be 1 or more")
    .max(100_000)
    .default(120),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Reads and validates the environment once; a bad value stops start-up with a plain message. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(process.env).map(([k, v]) => [k, v === "" && k !== "SEED_DEMO" ? undefined : v])),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

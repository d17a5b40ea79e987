import { afterEach, describe, expect, it } from "vitest";
import { appUrl, env, resetEnvCache } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function withEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

describe("env", () => {
  it("has working defaults", () => {
    withEnv({
      DATABASE_PATH: undefined,
      PORT: undefined,
      SMTP_URL: undefined,
      SEED_DEMO: undefined,
      APP_URL: undefined,
    });
    expect(env()).toMatchObject({ DATABASE_PATH: "./data/atlas.db", PORT: 3000, SEED_DEMO: true });
    expect(env().SMTP_URL).toBeUndefined();
    expect(appUrl()).toBe("http://localhost:3000");
  });

  it("reads TRUSTED_PROXIES as nothing, a hop count or a list", () => {
    withEnv({ TRUSTED_PROXIES: undefined });
    expect(env().TRUSTED_PROXIES).toEqual({ kind: "none" });
    withEnv({ TRUSTED_PROXIES: "1" });
    expect(env().TRUSTED_PROXIES).toEqual({ kind: "hops", hops: 1 });
    withEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1" });
    expect(env().TRUSTED_PROXIES).toEqual({ kind: "list", ranges: ["10.0.0.0/8", "127.0.0.1"] });
  });

  it("treats empty values as unset", () => {
    withEnv({ SMTP_URL: "", PORT: "" });
    expect(env().SMTP_URL).toBeUndefined();
    expect(env().PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ SMTP_URL: "mail.example.org" }, "SMTP_URL"],
    [{ SMTP_URL: "http://mail.example.org" }, "SMTP_URL"],
    [{ APP_URL: "javascript:alert(1)" }, "APP_URL"],
    [{ SEED_DEMO: "maybe" }, "SEED_DEMO"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ TRUSTED_PROXIES: "proxy.example" }, "TRUSTED_PROXIES"],
    [{ TRUSTED_PROXIES: "10.0.0.0/99" }, "TRUSTED_PROXIES"],
  ])("fails fast with a message naming the variable for %j", (vars, name) => {
    withEnv(vars);
    expect(() => env()).toThrow(new RegExp(`Invalid environment configuration:[\\s\\S]*${name}`));
  });

  it("reads SEED_DEMO=0 as off and strips a trailing slash from APP_URL", () => {
    withEnv({ SEED_DEMO: "0", APP_URL: "https://atlas.example.org/" });
    expect(env().SEED_DEMO).toBe(false);
    expect(appUrl()).toBe("https://atlas.example.org");
  });
});

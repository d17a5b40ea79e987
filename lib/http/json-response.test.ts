import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, badRequest, notFound } from "@/lib/errors";
import { errorResponse, handleJson, invalidResponse, jsonResponse } from "./json-response";

describe("route handler answers", () => {
  it("answers JSON that is never cached", async () => {
    const r = jsonResponse({ ok: true }, 201);
    expect(r.status).toBe(201);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await r.json()).toEqual({ ok: true });
  });

  it("shapes an AppError as its status and body", async () => {
    const r = errorResponse(badRequest("Check the query.", { q: "Too long" }));
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({
      error: { code: "bad_request", message: "Check the query.", fields: { q: "Too long" } },
    });
    expect(await errorResponse(notFound()).json()).toEqual({ error: { code: "not_found", message: "Not found." } });
  });

  it("adds Retry-After to a 429 when told how long", () => {
    const limited = new AppError("rate_limited", "Too many requests.");
    expect(errorResponse(limited, { retryAfterSeconds: 3600 }).headers.get("retry-after")).toBe("3600");
    expect(errorResponse(limited).headers.get("retry-after")).toBeNull();
  });

  it("never shows an unexpected error's details", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const r = await handleJson(() => {
      throw new Error("SQLITE_CORRUPT at /srv/atlas.db");
    });
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).not.toMatch(/SQLITE|atlas\.db/);
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Something went wrong on our side." } });
    log.mockRestore();
  });

  it("gives zod issues one message per field", async () => {
    const parsed = z.object({ name: z.string(), age: z.number() }).safeParse({ age: "x" });
    expect(parsed.success).toBe(false);
    const r = invalidResponse(parsed.error!.issues);
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields).sort()).toEqual(["age", "name"]);
  });

  it("passes a handler's own answer through", async () => {
    expect((await handleJson(() => jsonResponse({ a: 1 }))).status).toBe(200);
  });
});

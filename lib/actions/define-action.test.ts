import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { badRequest, forbidden } from "@/lib/errors";
import { IDLE, UNEXPECTED_ERROR, type FormState } from "@/lib/form-state";
import { ANONYMOUS, type Viewer } from "@/lib/viewer";

let viewer: Viewer = ANONYMOUS;
const contexts = vi.fn(async () => ({ db: {} as never, viewer }));
vi.mock("@/lib/dal/request-context", () => ({ requestContext: () => contexts() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

const { defineAction, fields, NOT_SIGNED_IN, OUT_OF_DATE, redirectTo } = await import("./define-action");

const PERSON: Viewer = {
  kind: "user",
  id: "u1",
  role: "sme",
  institutionIds: [],
  intermediaryIds: [],
  suspended: false,
  twoFactor: false,
};
const form = (o: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) fd.append(k, v);
  return fd;
};
const named = z.object({ name: z.string().min(2, "Name is too short"), note: z.string().max(5, "Note is too long") });

beforeEach(() => {
  viewer = PERSON;
  contexts.mockClear();
});
afterEach(() => vi.restoreAllMocks());

describe("defineAction", () => {
  const save = defineAction({
    auth: "user",
    schema: named,
    input: (fd) => fields(fd, ["name", "note"]),
    run: ({ input, ctx }) => ({ status: "success", message: `Saved ${input.name} for ${ctx.viewer.id}.` }),
  });

  it("parses the form and runs with the signed-in context", async () => {
    expect(await save(IDLE, form({ name: "Ada", note: "hi" }))).toEqual({
      status: "success",
      message: "Saved Ada for u1.",
    });
  });

  it("answers a parse error with field errors and the person's input, without secrets", async () => {
    const state = await save(IDLE, form({ name: "A", note: "far too long", password: "secret", code: "123456" }));
    expect(state).toEqual({
      status: "error",
      message: "Check the highlighted fields.",
      fields: { name: "Name is too short", note: "Note is too long" },
      values: { name: "A", note: "far too long" },
    });
  });

  it("keeps an over-limit text whole", async () => {
    const long = "x".repeat(20_000);
    const state = await save(IDLE, form({ name: "A", note: long }));
    expect(state.values?.note).toBe(long);
  });

  it("refuses without a session, with the one message, before parsing", async () => {
    viewer = ANONYMOUS;
    const run = vi.fn();
    const action = defineAction({ auth: "user", schema: named, input: (fd) => fields(fd, ["name"]), run });
    expect(await action(IDLE, form({ name: "Ada" }))).toEqual({
      status: "error",
      message: NOT_SIGNED_IN,
      values: { name: "Ada" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets a form say more when the session has ended", async () => {
    viewer = ANONYMOUS;
    const action = defineAction({
      auth: "user",
      notSignedIn: "Sign in again in another tab.",
      schema: named,
      input: () => ({}),
      run: () => IDLE,
    });
    expect((await action(IDLE, form({}))).message).toBe("Sign in again in another tab.");
  });

  it("auth any passes guests on to the DAL; auth none resolves no context", async () => {
    viewer = ANONYMOUS;
    const guest = defineAction({
      auth: "any",
      schema: z.string(),
      input: () => "x",
      run: ({ ctx }) => ({ status: "success", message: ctx.viewer.kind }),
    });
    expect((await guest(IDLE, form({}))).message).toBe("anonymous");
    contexts.mockClear();
    const open = defineAction({
      auth: "none",
      schema: z.string(),
      input: () => "x",
      run: ({ ctx }) => ({ status: "success", message: String(ctx) }),
    });
    expect((await open(IDLE, form({}))).message).toBe("undefined");
    expect(contexts).not.toHaveBeenCalled();
  });

  it("maps a thrown AppError to its message and fields, keeping the input", async () => {
    const action = defineAction({
      auth: "user",
      schema: named,
      input: (fd) => fields(fd, ["name", "note"]),
      run: () => {
        throw badRequest("That name is taken.", { name: "Choose another name" });
      },
    });
    expect(await action(IDLE, form({ name: "Ada", note: "" }))).toEqual({
      status: "error",
      message: "That name is taken.",
      fields: { name: "Choose another name" },
      values: { name: "Ada", note: "" },
    });
    const denied = defineAction({
      auth: "user",
      schema: z.unknown(),
      input: () => 1,
      run: () => Promise.reject(forbidden()),
    });
    expect((await denied(IDLE, form({}))).message).toBe("You do not have permission to do that.");
  });

  it("answers an unexpected error with the generic message, never its details or stack", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const action = defineAction({
      auth: "user",
      schema: z.unknown(),
      input: () => 1,
      run: () => {
        throw new Error("SQLITE_BUSY: database is locked at /srv/atlas.db");
      },
    });
    const state = await action(IDLE, form({ name: "Ada" }));
    expect(state).toEqual({ status: "error", message: UNEXPECTED_ERROR, values: { name: "Ada" } });
    expect(JSON.stringify(state)).not.toMatch(/SQLITE|atlas\.db|at /);
    expect(log).toHaveBeenCalledOnce();
  });

  it("a failing context is an unexpected error too", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    contexts.mockRejectedValueOnce(new Error("no database"));
    expect((await save(IDLE, form({ name: "Ada" }))).message).toBe(UNEXPECTED_ERROR);
  });

  it("shapes a parse error as the form asks", async () => {
    const action = defineAction({
      auth: "user",
      schema: z.object({ id: z.coerce.number().int() }),
      input: (fd) => fields(fd, ["id"]),
      invalid: () => ({ status: "error", message: OUT_OF_DATE }),
      run: () => IDLE,
    });
    expect((await action(IDLE, form({ id: "x" }))).message).toBe(OUT_OF_DATE);
    const custom = defineAction({
      auth: "none",
      parse: (fd) => (fd.get("ok") ? { ok: true, value: 1 } : { ok: false, fields: { ok: "Tick it" } }),
      invalid: "Not yet.",
      run: () => IDLE,
    });
    expect(await custom(IDLE, form({}))).toMatchObject({ message: "Not yet.", fields: { ok: "Tick it" } });
  });

  it("requires an idempotency key on an idempotent form, after parsing", async () => {
    const run = vi.fn(({ key }: { key: string }) => ({ status: "success" as const, message: key }));
    const action = defineAction({
      auth: "user",
      schema: named,
      input: (fd) => fields(fd, ["name", "note"]),
      idempotent: true,
      run,
    });
    expect(await action(IDLE, form({ name: "Ada", note: "" }))).toMatchObject({
      status: "error",
      message: "This form has expired. Reload the page and try again.",
      values: { name: "Ada" },
    });
    expect((await action(IDLE, form({ name: "A", note: "" }))).fields).toBeDefined();
    expect(run).not.toHaveBeenCalled();
    const key = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect((await action(IDLE, form({ name: "Ada", note: "", idempotencyKey: key }))).message).toBe(key);
  });

  it("redirects outside its error handling", async () => {
    const action = defineAction({ auth: "user", schema: z.unknown(), input: () => 1, run: () => redirectTo("/done") });
    await expect(action(IDLE, form({}))).rejects.toThrow("REDIRECT /done");
  });

  it("completes every error answer through onError, and can drop a thrown error's fields", async () => {
    viewer = ANONYMOUS;
    const withDraft = (s: FormState, fd: FormData) => ({ ...s, draft: String(fd.get("name")) });
    const action = defineAction({
      auth: "user",
      schema: z.unknown(),
      input: () => 1,
      onError: withDraft,
      run: () => IDLE,
    });
    expect(await action(IDLE, form({ name: "Ada" }))).toMatchObject({ message: NOT_SIGNED_IN, draft: "Ada" });
    viewer = PERSON;
    const lifecycle = defineAction({
      auth: "user",
      schema: z.unknown(),
      input: () => 1,
      dropErrorFields: true,
      run: () => {
        throw badRequest("Add a summary first.", { summary: "Add a summary" });
      },
    });
    const state = await lifecycle(IDLE, form({}));
    expect(state.message).toBe("Add a summary first.");
    expect(state.fields).toBeUndefined();
  });
});

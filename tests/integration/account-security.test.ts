// The account page's sensitive actions through the library code the server actions call:
// changing e-mail (verified first), changing password, deleting the account.
import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, emailOutbox, sessions, users } from "@/db/schema";
import { changeEmail, changePassword, deleteOwnAccount } from "@/lib/auth/account-security";
import { signIn } from "@/lib/auth/credentials";
import { hashDemoPassword } from "@/lib/dal/seed/internal/demo-accounts";
import { createTestDb, type TestDb } from "../support/db";
import { browserHeaders, cookieFrom, useAppDatabase } from "../support/auth";
import { makeUser } from "../support/listing-fixtures";

let t: TestDb;
let app: ReturnType<typeof useAppDatabase>;
beforeAll(() => {
  t = createTestDb();
  app = useAppDatabase(t);
});
afterAll(() => {
  app.close();
  t.close();
});

async function person(email: string, password = "the first password") {
  const id = makeUser(t.db, "sme", email).id;
  t.db
    .insert(accounts)
    .values({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: hashDemoPassword(password),
    })
    .run();
  const res = await app
    .auth()
    .api.signInEmail({ body: { email, password }, headers: browserHeaders("198.51.100.20"), asResponse: true });
  return { id, headers: browserHeaders("198.51.100.20", cookieFrom(res)) };
}
const latestTo = (address: string) =>
  t.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address)).orderBy(desc(emailOutbox.id)).get();

describe("changing e-mail", () => {
  it("changes nothing until the new address is confirmed by its link, and tells the old address", async () => {
    const p = await person("old@firm.example");
    expect(await changeEmail("new@firm.example", "the first password", p.headers)).toEqual({ ok: true });
    expect(t.db.select().from(users).where(eq(users.id, p.id)).get()!.email).toBe("old@firm.example");
    expect(latestTo("old@firm.example")!.subject).toBe("Your Expertise Atlas e-mail address is being changed");
    const mail = latestTo("new@firm.example")!;
    expect(mail.subject).toBe("Confirm your new e-mail address for Expertise Atlas");
    const link = /https?:\/\/\S+/.exec(mail.textBody)![0];
    const res = await app
      .auth()
      .handler(new Request(link, { headers: browserHeaders("198.51.100.20", p.headers.get("cookie")!) }));
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/account?email=changed");
    expect(t.db.select().from(users).where(eq(users.id, p.id)).get()).toMatchObject({
      email: "new@firm.example",
      emailVerified: true,
    });
  });

  it("answers the same when the new address is taken, and does not take it", async () => {
    await person("taken@firm.example");
    const p = await person("mover@firm.example");
    expect(await changeEmail("taken@firm.example", "the first password", p.headers)).toEqual({ ok: true });
    expect(latestTo("taken@firm.example")?.subject ?? "").not.toMatch(/Confirm your new/);
    expect(t.db.select().from(users).where(eq(users.id, p.id)).get()!.email).toBe("mover@firm.example");
  });

  it("needs a session", async () => {
    expect(await changeEmail("x@firm.example", "the first password", browserHeaders())).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
  });
});

describe("changing password", () => {
  it("checks the current password, ends other sessions and tells the owner", async () => {
    const p = await person("pw@firm.example");
    await app.auth().api.signInEmail({
      body: { email: "pw@firm.example", password: "the first password" },
      headers: browserHeaders("198.51.100.21"),
    });
    expect(t.db.select().from(sessions).where(eq(sessions.userId, p.id)).all()).toHaveLength(2);
    expect(await changePassword("wrong password!", "the second password", p.headers)).toMatchObject({
      ok: false,
      code: "wrong_password",
    });
    expect(await changePassword("the first password", "the second password", p.headers)).toEqual({ ok: true });
    expect(t.db.select().from(sessions).where(eq(sessions.userId, p.id)).all()).toHaveLength(1);
    expect(latestTo("pw@firm.example")!.subject).toBe("Your Expertise Atlas password was changed");
    expect(await signIn("pw@firm.example", "the second password", browserHeaders("198.51.100.22"))).toMatchObject({
      ok: true,
    });
  });
});

describe("deleting the account", () => {
  it("needs the password, then removes the person and their sessions", async () => {
    const p = await person("bye@firm.example");
    expect(await deleteOwnAccount("not my password", p.headers)).toMatchObject({ ok: false, code: "wrong_password" });
    expect(t.db.select().from(users).where(eq(users.id, p.id)).get()).toBeDefined();
    expect(await deleteOwnAccount("the first password", p.headers)).toEqual({ ok: true });
    expect(t.db.select().from(users).where(eq(users.id, p.id)).get()).toBeUndefined();
    expect(t.db.select().from(sessions).where(eq(sessions.userId, p.id)).all()).toHaveLength(0);
    expect(await signIn("bye@firm.example", "the first password", browserHeaders("198.51.100.23"))).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

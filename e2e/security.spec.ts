// Issue 9, items 6-9: each reproduction of the outside probe, sent to the production server, must
// now be refused with a 4xx carrying the security headers — and the strict CSP must hold in a real
// browser (no page logs a violation; expectAccessible checks that on every page of the suite).
import { randomUUID } from "node:crypto";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { DEMO, signedInPage } from "./support/accounts";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SITE = `http://127.0.0.1:${PORT}`;
const HOSTILE_ORIGINS = ["null", "not a url", `http://127.0.0.1:${PORT}.evil.example`];
const PROTO_KEYS = ["constructor", "__proto__", "toString", "valueOf"];

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(h["cross-origin-resource-policy"], what).toBe("same-origin");
}

function scriptPolicy(res: APIResponse): string {
  const policy = res.headers()["content-security-policy"] ?? "";
  return policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
}

test.describe("content security policy", () => {
  test("scripts run by a fresh nonce with strict-dynamic, never inline", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await request.get("/teams");
      const script = scriptPolicy(res);
      expect(script).toContain("'strict-dynamic'");
      expect(script).not.toContain("unsafe-inline");
      expect(script).not.toContain("unsafe-eval");
      const nonce = /'nonce-([^']+)'/.exec(script)?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      const html = await res.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, "every script carries this response's nonce").toContain(`nonce="${nonce}"`);
      expectSecurityHeaders(res, "/teams");
      expect(res.headers()["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
    }
    expect(nonces.size, "the nonce is never reused").toBe(3);
  });

  test("pages work in the browser with no CSP violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/", "/teams", "/search?q=water%20treatment", "/collections", "/sign-in"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
    // Next.js's client runtime loaded under strict-dynamic (it sets window.next once it runs).
    await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe("object");
    expect(violations).toEqual([]);
  });
});

test.describe("framework-level errors are 4xx with the usual headers", () => {
  test("invalid percent-encoding in a path segment is a friendly 404", async ({ page, request }) => {
    for (const path of ["/teams/%ff", "/teams/%E0%A4%A", "/institutions/%c0", "/%ff/teams"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expectSecurityHeaders(res, path);
    }
    const res = await page.goto("/teams/%ff");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  });

  test("a malformed Next-Router-State-Tree header is a 400", async ({ request }) => {
    for (const tree of ["garbage", "%7B", "[1,2]", "%E0%A4%A", '["",{"children":5}]']) {
      const res = await request.get("/teams?_rsc=x", {
        headers: { RSC: "1", "Next-Router-State-Tree": tree },
        maxRedirects: 0,
      });
      expect(res.status(), tree).toBe(400);
      expectSecurityHeaders(res, tree);
    }
  });

  test("malformed server-action arguments are a 400, a cross-origin action a 403", async ({ page }) => {
    // A real action id, read from the sign-in form as the browser would post it.
    await page.goto("/sign-in");
    const actionId = await actionIdOf(page);
    const post = (body: string, type: string, origin = SITE) =>
      page.request.post("/sign-in", {
        headers: { "Next-Action": actionId, Origin: origin, "Content-Type": type },
        data: body,
        maxRedirects: 0,
      });
    const multipart = (fields: Record<string, string>) => {
      const b = "----atlas";
      const body = Object.entries(fields)
        .map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join("");
      return [`${body}--${b}--\r\n`, `multipart/form-data; boundary=${b}`] as const;
    };
    for (const [body, type] of [
      multipart({ "0": '["$K1",{' }),
      multipart({ "1_email": "a@b.example" }),
      multipart({ "0": '["$Q7"]' }),
      multipart({ "0": '["$T"]' }),
      ['["$K1", {', "text/plain;charset=UTF-8"],
    ] as const) {
      const res = await post(body, type);
      expect(res.status(), body).toBe(400);
      expectSecurityHeaders(res, body);
    }
    for (const origin of ["http://evil.example", ...HOSTILE_ORIGINS]) {
      const res = await post("[]", "text/plain;charset=UTF-8", origin);
      expect(res.status(), origin).toBe(403);
      expectSecurityHeaders(res, origin);
    }
    // The form itself still works: a wrong password is refused on the form, not with an error page.
    await page.getByLabel("E-mail address").fill(DEMO.sme.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /do not match|not right|incorrect/i })).toBeVisible();
  });
});

test.describe("malformed Origin headers are 403, never 500", () => {
  test("on the introductions API and the listing upload", async ({ browser }) => {
    const sme = await signedInPage(browser, DEMO.sme);
    for (const origin of HOSTILE_ORIGINS) {
      const res = await sme.request.post("/api/introductions/1/messages", {
        headers: { Origin: origin, "Content-Type": "application/json" },
        data: JSON.stringify({ body: "Hello from a hostile origin." }),
      });
      expect(res.status(), origin).toBe(403);
      expectSecurityHeaders(res, origin);
    }
    const curator = await signedInPage(browser, DEMO.curator);
    for (const origin of HOSTILE_ORIGINS) {
      const res = await curator.request.post("/curate/import/upload", {
        headers: { Origin: origin },
        multipart: {
          targetStatus: "draft",
          file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("slug\n") },
        },
        maxRedirects: 0,
      });
      expect(res.status(), origin).toBe(403);
    }
  });
});

test.describe("prototype keys never crash a page", () => {
  test("?done=constructor and friends on every page with a message table", async ({ browser }) => {
    const curator = await signedInPage(browser, DEMO.curator);
    const member = await signedInPage(browser, DEMO.member);
    const sme = await signedInPage(browser, DEMO.sme);
    const created = await sme.request.post("/api/introductions", {
      headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
      data: JSON.stringify({
        teamSlug: "cornell-artisan-dairy-processing",
        need: "We make cheese in small batches and want to know how to extend its shelf life without preservatives.",
        knowledgeType: "specialist-advice",
        budgetBand: "5k-25k",
        timeline: "1-3-months",
        preferredLanguage: "en",
        companyName: "Prototype Dairy Ltd",
        companySize: "micro",
        companyCountry: "GB",
        companySector: "C",
        companyDescription: "A small dairy.",
        consentShareContact: true,
      }),
    });
    expect([200, 201]).toContain(created.status());
    const { id } = (await created.json()) as { id: number };
    const pages: [Page, string][] = [
      [curator, "/curate/listings"],
      [member, "/account/institutions"],
      [member, "/dashboard/teams/manchester-graphene-coatings"],
      [sme, `/introductions/${id}`],
    ];
    for (const [page, path] of pages) {
      for (const key of PROTO_KEYS) {
        const res = await page.goto(`${path}?done=${key}`);
        expect(res?.status(), `${path}?done=${key}`).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      }
    }
    // The institution search treats them as words.
    const res = await member.request.get("/api/institutions?q=constructor");
    expect(res.status()).toBeLessThan(500);
  });
});

async function actionIdOf(page: Page): Promise<string> {
  // Next.js puts the action id in the page's JavaScript, not the HTML; the form's first POST shows it.
  const seen = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("E-mail address").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not-a-real-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  return (await seen).headers()["next-action"]!;
}

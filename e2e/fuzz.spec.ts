// Issue 9: 2,000+ generated hostile inputs — paths, query parameters, headers, JSON bodies and
// server-action bodies — against the production server, as a visitor and signed in. None may be
// answered with a 5xx. Seeded: FUZZ_SEED=<n> replays a run; FUZZ_COUNT raises the number.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, signedInPage } from "./support/accounts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2100);
const PARALLEL = 8;
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** mulberry32: small, seedable, good enough to pick hostile pieces. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const PIECES = [
  "",
  " ",
  "constructor",
  "__proto__",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "%ff",
  "%00",
  "%",
  "%%",
  "%E0%A4%A",
  "%2e%2e%2f",
  "\u0000",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '"',
  "\\",
  "${7*7}",
  "{{7*7}}",
  '=HYPERLINK("http://evil.example","x")',
  "+1",
  "-1",
  "@SUM(1)",
  "\t",
  "\r\n",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e309",
  "9".repeat(40),
  "a".repeat(3000),
  "😀",
  "\u202e",
  "\ud800",
  "[]",
  "{}",
  "[object Object]",
  "$K1",
  "$@0",
  "$Q1",
  "$$",
  "$T",
  "http://evil.example",
  "javascript:alert(1)",
  "ﬁ",
  "İ",
  "0",
  "1.5",
  "0x10",
  "true",
];

function hostile(r: Rng): string {
  let s = "";
  for (let i = 0, n = 1 + r.int(3); i < n; i++) s += r.pick(PIECES);
  return s;
}
/** Lone surrogates as U+FFFD (encodeURIComponent throws on them). */
const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
/** Sometimes encoded, sometimes raw (invalid percent-encoding and all). */
const inUrl = (r: Rng, s: string) =>
  r.next() < 0.6 ? encodeURIComponent(wellFormed(s)) : s.replace(/[\s#?/]/g, "%20");
/** Header values must be Latin-1 on the wire; anything else is replaced. */
const inHeader = (s: string) => s.replace(/[^\x20-\x7e]/g, "?").slice(0, 4000);

const PAGE_PATHS = [
  "/",
  "/teams",
  "/search",
  "/collections",
  "/about",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/account",
  "/account/institutions",
  "/curate/listings",
  "/saved-searches",
  "/shortlist",
  "/compare",
  "/broker",
  "/dashboard",
];
const DYNAMIC = ["/teams/", "/institutions/", "/countries/", "/collections/", "/introductions/", "/dashboard/teams/"];
const PARAMS = [
  "q",
  "page",
  "pageSize",
  "country",
  "field",
  "sector",
  "sort",
  "done",
  "next",
  "status",
  "_rsc",
  "limit",
];
const APIS = ["/api/search/suggest", "/api/v1/teams", "/api/institutions", "/api/introductions", "/api/v1/collections"];

interface Action {
  id: string;
  path: string;
}

/** Every server action of the build, with a page it is posted to. */
function serverActions(): Action[] {
  const manifest = JSON.parse(readFileSync(join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, v]) => {
    const worker = Object.keys(v.workers)[0] ?? "app/page";
    const path = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\[[^\]]+\]/g, "x");
    return { id, path: path || "/" };
  });
}

type Send = (api: APIRequestContext) => Promise<{ status: number; what: string }>;

function generate(r: Rng, actions: Action[]): Send {
  const kind = r.int(7);
  const origin = r.next() < 0.3 ? inHeader(hostile(r)) : `http://127.0.0.1:${PORT}`;
  switch (kind) {
    case 0: {
      const path = r.pick(DYNAMIC) + inUrl(r, hostile(r));
      return async (api) => ({ status: (await api.get(path, { maxRedirects: 0 })).status(), what: `GET ${path}` });
    }
    case 1: {
      const qs = Array.from({ length: 1 + r.int(3) }, () => `${r.pick(PARAMS)}=${inUrl(r, hostile(r))}`).join("&");
      const path = `${r.pick(PAGE_PATHS)}?${qs}`;
      return async (api) => ({ status: (await api.get(path, { maxRedirects: 0 })).status(), what: `GET ${path}` });
    }
    case 2: {
      const headers: Record<string, string> = {};
      const names = ["Next-Router-State-Tree", "RSC", "Next-Router-Prefetch", "Origin", "Referer", "Accept", "Cookie"];
      for (let i = 0, n = 1 + r.int(3); i < n; i++) headers[r.pick(names)] = inHeader(hostile(r));
      if (r.next() < 0.5) headers["Next-Router-State-Tree"] = inHeader(r.pick(['["",{}]', "[", hostile(r), "%5B"]));
      const path = `${r.pick(PAGE_PATHS)}?_rsc=${r.int(1000)}`;
      return async (api) => ({
        status: (await api.get(path, { headers, maxRedirects: 0 })).status(),
        what: `GET ${path} ${JSON.stringify(headers).slice(0, 200)}`,
      });
    }
    case 3: {
      const qs = `${r.pick(PARAMS)}=${inUrl(r, hostile(r))}&${r.pick(PARAMS)}=${inUrl(r, hostile(r))}`;
      const path = `${r.pick(APIS)}?${qs}`;
      return async (api) => ({ status: (await api.get(path, { maxRedirects: 0 })).status(), what: `GET ${path}` });
    }
    case 4: {
      const id = r.pick(["1", "0", "-1", "999999999", inUrl(r, hostile(r))]);
      const path = r.pick([
        "/api/introductions",
        `/api/introductions/${id}/messages`,
        `/api/introductions/${id}/steps`,
      ]);
      const body =
        r.next() < 0.5
          ? hostile(r)
          : JSON.stringify({
              body: hostile(r),
              action: hostile(r),
              teamSlug: hostile(r),
              need: hostile(r),
              [hostile(r)]: hostile(r),
            });
      const type = r.pick(["application/json", "text/plain", inHeader(hostile(r))]);
      return async (api) => ({
        status: (
          await api.post(path, {
            headers: { "Content-Type": type, Origin: origin, "Idempotency-Key": inHeader(hostile(r)) },
            data: body,
            maxRedirects: 0,
          })
        ).status(),
        what: `POST ${path} ${body.slice(0, 120)}`,
      });
    }
    default: {
      // A server action: a real id (or a hostile one) with hostile arguments, as the fetch call or
      // the no-script form post would send them.
      const action = r.pick(actions);
      const actionId = r.next() < 0.9 ? action.id : inHeader(hostile(r));
      const fields: Record<string, string> = {};
      for (const name of ["name", "email", "password", "body", "id", "teamSlug", "slug", "q", "note", "idempotencyKey"])
        if (r.next() < 0.5) fields[`1_${name}`] = hostile(r);
      if (r.next() < 0.8)
        fields["0"] = r.pick(['[{},"$K1"]', "[]", `["${hostile(r).replace(/"/g, "")}"]`, hostile(r), '["$K1",{']);
      if (r.next() < 0.2) fields["$ACTION_ID_" + action.id] = "";
      if (r.next() < 0.1) fields["$ACTION_REF_1"] = "";
      if (r.next() < 0.1) fields["$ACTION_1:0"] = r.pick([`{"id":"${action.id}","bound":"$@1"}`, hostile(r)]);
      const headers: Record<string, string> = { Origin: origin };
      if (r.next() < 0.85) headers["Next-Action"] = actionId;
      const asText = r.next() < 0.3;
      return async (api) => ({
        status: (
          await api.post(action.path, {
            headers: asText ? { ...headers, "Content-Type": "text/plain;charset=UTF-8" } : headers,
            ...(asText ? { data: fields["0"] ?? hostile(r) } : { multipart: fields }),
            maxRedirects: 0,
          })
        ).status(),
        what: `ACTION ${action.path} ${JSON.stringify(fields).slice(0, 200)}`,
      });
    }
  }
}

test("2,000+ hostile inputs, no 5xx", async ({ browser, playwright }) => {
  test.setTimeout(10 * 60_000);
  const r = rng(SEED);
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(20);
  const visitor = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const sme = (await signedInPage(browser, DEMO.sme)).request;
  const curator = (await signedInPage(browser, DEMO.curator)).request;
  const clients = [visitor, visitor, sme, curator];
  const cases = Array.from({ length: COUNT }, () => ({ send: generate(r, actions), as: r.pick(clients) }));
  const failures: string[] = [];
  let sent = 0;
  let notSendable = 0;
  for (let i = 0; i < cases.length; i += PARALLEL) {
    await Promise.all(
      cases.slice(i, i + PARALLEL).map(async (c) => {
        try {
          const { status, what } = await c.send(c.as);
          sent++;
          if (status >= 500) failures.push(`${status} ${what}`);
        } catch (err) {
          // Only inputs the client library itself refuses to put on the wire (an invalid URL).
          if (err instanceof Error && /Invalid URL|invalid header|Invalid character/i.test(err.message)) notSendable++;
          else throw err;
        }
      }),
    );
  }
  console.log(`fuzz seed ${SEED}: ${sent} sent, ${notSendable} not sendable, ${failures.length} 5xx`);
  expect(failures.slice(0, 25), `seed ${SEED}`).toEqual([]);
  expect(sent).toBeGreaterThanOrEqual(2000);
  await visitor.dispose();
});

import type { Metadata } from "next";
import Link from "next/link";
import { openApiDocument, RATE_LIMIT_DOC } from "@/lib/api/openapi";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Open data and API",
  description: "The register as open data: a read-only JSON API described in OpenAPI 3.1, a sitemap and bulk export.",
};

interface Param {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  pattern?: string;
  maxLength?: number;
  description?: string;
  $ref?: string;
}
interface Operation {
  summary?: string;
  description?: string;
  operationId?: string;
  tags?: string[];
  parameters?: Param[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}

function typeOf(s: Schema | undefined): string {
  if (!s) return "any";
  if (s.type === "array") return `list of ${typeOf(s.items)} (repeat the parameter)`;
  const base = Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "value");
  return s.enum ? `${base}: one of ${s.enum.map(String).join(", ")}` : base;
}

const schemaName = (s: Schema | undefined) => s?.$ref?.split("/").pop();

/** The description's `code` and **strong** spans (the only Markdown it uses). */
function Inline({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(`[^`]+`|\*\*[^*]+\*\*)/)
        .map((part, j) =>
          part.startsWith("`") ? (
            <code key={j}>{part.slice(1, -1)}</code>
          ) : part.startsWith("**") ? (
            <strong key={j}>{part.slice(2, -2)}</strong>
          ) : (
            part
          ),
        )}
    </>
  );
}

/** Paragraphs from blank-line-separated text. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\n+/).map((para, i) => (
        <p key={i}>
          <Inline text={para} />
        </p>
      ))}
    </>
  );
}

export default function ApiPage() {
  const base = appUrl();
  const doc = openApiDocument(base);
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    item?.get ? [{ path, op: item.get as Operation }] : [],
  );
  const tags = doc.tags ?? [];
  return (
    <article className="max-w-4xl space-y-8 text-slate-800">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Open data and API</h1>
        {/* The first paragraph; the rate limit has its own section below. */}
        <Prose text={(doc.info.description ?? "").split(/\n\n+/)[0] ?? ""} />
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Machine-readable description (OpenAPI {doc.openapi}):{" "}
            <a href="/api/v1/openapi.json">
              <code>/api/v1/openapi.json</code>
            </a>
          </li>
          <li>
            Every public page, with its last change: <a href="/sitemap.xml">sitemap</a>
          </li>
          <li>
            Profiles and institution pages carry schema.org structured data (JSON-LD): a team is a{" "}
            <code>ResearchOrganization</code> whose <code>parentOrganization</code> is its institution, identified by
            its ROR id.
          </li>
        </ul>
      </header>

      <section aria-labelledby="use-h" className="space-y-3">
        <h2 id="use-h" className="text-2xl font-semibold">
          Using the API
        </h2>
        <p>
          Send plain <code>GET</code> requests; answers are JSON (UTF-8). No key is needed. An unknown, repeated or
          invalid parameter is a <code>400</code> whose <code>error.fields</code> names it.
        </p>
        <h3 className="text-lg font-semibold">Conditional requests</h3>
        <p>
          Answers carry <code>ETag</code> and <code>Last-Modified</code>. Send them back as <code>If-None-Match</code>{" "}
          or <code>If-Modified-Since</code> and an unchanged answer is an empty <code>304 Not Modified</code>.
        </p>
        <h3 className="text-lg font-semibold">Rate limit</h3>
        <Prose text={RATE_LIMIT_DOC} />
        <h3 className="text-lg font-semibold">Example</h3>
        <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-sm" tabIndex={0} aria-label="Example request">
          <code>{`curl '${base}/api/v1/teams?q=battery+recycling&country=GB&pageSize=5'`}</code>
        </pre>
      </section>

      <nav aria-labelledby="endpoints-h">
        <h2 id="endpoints-h" className="text-2xl font-semibold">
          Endpoints
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {ops.map(({ path, op }) => (
            <li key={path}>
              <a href={`#${op.operationId}`}>
                <code>GET {path}</code>
              </a>{" "}
              — {op.summary}
            </li>
          ))}
        </ul>
      </nav>

      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-6">
          <h2 id={`tag-${tag.name}`} className="border-b border-slate-200 pb-1 text-2xl font-semibold">
            {tag.name}
          </h2>
          {tag.description && <p>{tag.description}</p>}
          {ops
            .filter(({ op }) => op.tags?.includes(tag.name))
            .map(({ path, op }) => (
              <section key={path} id={op.operationId} aria-labelledby={`${op.operationId}-h`} className="space-y-3">
                <h3 id={`${op.operationId}-h`} className="text-xl font-semibold">
                  {op.summary}: <code className="text-base">GET {path}</code>
                </h3>
                {op.description && <Prose text={op.description} />}
                {(op.parameters ?? []).length > 0 && (
                  <>
                    <h4 className="font-semibold">Parameters</h4>
                    <ul aria-label={`Parameters of ${op.summary}`} className="divide-y divide-slate-100 text-sm">
                      {op.parameters!.map((p) => (
                        <li key={`${p.in}-${p.name}`} className="py-2">
                          <code className="font-semibold">{p.name}</code>{" "}
                          <span className="text-slate-600">
                            ({p.in}, {p.required ? "required" : "optional"}, {typeOf(p.schema)})
                          </span>
                          <span className="block">{p.description ?? p.schema?.description ?? ""}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <h4 className="font-semibold">Responses</h4>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  {Object.entries(op.responses ?? {}).map(([status, r]) => (
                    <div key={status} className="contents">
                      <dt>
                        <code>{status}</code>
                      </dt>
                      <dd>
                        <Inline text={r.description ?? ""} />
                        {r.content &&
                          ` (${Object.entries(r.content)
                            .map(([type, m]) => (schemaName(m.schema) ? `${type}: ${schemaName(m.schema)}` : type))
                            .join("; ")})`}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
        </section>
      ))}
      <p>
        The register&apos;s pages for people: <Link href="/teams">all teams</Link>,{" "}
        <Link href="/countries">countries</Link>, <Link href="/collections">collections</Link>.
      </p>
    </article>
  );
}

// The OpenAPI 3.1 description of the public API, generated from the zod schemas the route
// handlers validate with (lib/validation/api.ts, search.ts, curation.ts) and build their bodies
// as (lib/validation/api-responses.ts). Served at /api/v1/openapi.json and rendered at /api.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import {
  collectionDetailSchema,
  collectionListResponseSchema,
  errorBodySchema,
  healthResponseSchema,
  institutionDetailSchema,
  institutionListResponseSchema,
  suggestResponseSchema,
  similarTeamsResponseSchema,
  teamDetailSchema,
  teamSearchResponseSchema,
} from "@/lib/validation/api-responses";
import {
  collectionSlugPath,
  institutionDetailQuerySchema,
  institutionListQuerySchema,
  institutionSlugPath,
  publicExportQuerySchema,
  teamSlugPath,
} from "@/lib/validation/api";
import { searchApiQuerySchema, suggestApiQuerySchema } from "@/lib/validation/search";
import { similarTeamsQuerySchema } from "@/lib/validation/similar";

export const RATE_LIMIT_DOC =
  "Each client address may make API_RATE_LIMIT_PER_MINUTE requests a minute (120 unless the operator changes it) to the /api/v1 endpoints. " +
  "Every answer carries `RateLimit-Policy: <limit>;w=60`; over the limit the answer is 429 with `Retry-After` (seconds). " +
  "A 304 counts as a request, so poll with `If-None-Match` rather than faster.";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

const headers = {
  etag: z.string().meta({ description: "Validator of this exact body; send it back as If-None-Match." }),
  lastModified: z
    .string()
    .meta({ description: "The newest change the answer reflects (HTTP date); send it back as If-Modified-Since." }),
  policy: z
    .string()
    .meta({ description: "The rate limit: requests per window, window in seconds.", example: "120;w=60" }),
  retryAfter: z.string().meta({ description: "Seconds to wait before the next request.", example: "30" }),
};

const conditionalHeaders = z.object({
  "if-none-match": z.string().optional().meta({ description: "An ETag from an earlier answer: 304 if unchanged." }),
  "if-modified-since": z
    .string()
    .optional()
    .meta({ description: "An HTTP date: 304 if nothing changed since (ignored with If-None-Match)." }),
});

function responses(
  ok: z.ZodType,
  okDescription: string,
  more: { notFound?: string; badRequest?: boolean; redirect?: string } = {},
): ZodOpenApiResponsesObject {
  const limited = { "RateLimit-Policy": headers.policy };
  return {
    "200": {
      description: okDescription,
      headers: z.object({
        ETag: headers.etag,
        "Last-Modified": headers.lastModified,
        "RateLimit-Policy": headers.policy,
      }),
      content: json(ok),
    },
    ...(more.redirect
      ? { "301": { description: more.redirect, headers: z.object({ Location: z.string(), ...limited }) } }
      : {}),
    "304": {
      description: "Not modified: the copy the client holds (If-None-Match / If-Modified-Since) is current.",
      headers: z.object({ ETag: headers.etag }),
    },
    ...(more.badRequest !== false
      ? {
          "400": {
            description: "A parameter is unknown, repeated or not valid; `error.fields` names it.",
            headers: z.object(limited),
            content: json(errorBodySchema),
          },
        }
      : {}),
    ...(more.notFound
      ? { "404": { description: more.notFound, headers: z.object(limited), content: json(errorBodySchema) } }
      : {}),
    "429": {
      description: "Too many requests from this address.",
      headers: z.object({ "Retry-After": headers.retryAfter, ...limited }),
      content: json(errorBodySchema),
    },
  };
}

function get(op: ZodOpenApiOperationObject): { get: ZodOpenApiOperationObject } {
  return { get: op };
}

export function openApiDocument(serverUrl: string) {
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Expertise Atlas public API",
        version: "1.0.0",
        description:
          "Read-only JSON about published teams, their institutions and curated collections: the same data as the public pages, never contact details. " +
          "No key is needed. Lists are paginated (`page`, `pageSize`) and answers carry `ETag` and `Last-Modified` for conditional requests.\n\n" +
          `**Rate limit.** ${RATE_LIMIT_DOC}`,
        license: {
          name: "CC0-1.0 for institution facts from ROR; listings as published by their teams",
          identifier: "CC0-1.0",
        },
      },
      servers: [{ url: serverUrl }],
      tags: [
        { name: "Teams", description: "Research teams and their public profiles." },
        { name: "Institutions", description: "Universities and research organisations (from ROR)." },
        { name: "Collections", description: "Curated selections of teams." },
        { name: "Service", description: "Typeahead and service health." },
      ],
      paths: {
        "/api/v1/teams": get({
          tags: ["Teams"],
          operationId: "searchTeams",
          summary: "Search teams",
          description:
            "The same search as the site's search page. Repeated values of one filter are OR-ed; different filters are AND-ed. An empty `q` lists every team that matches the filters.",
          requestParams: { query: searchApiQuerySchema, header: conditionalHeaders },
          responses: responses(teamSearchResponseSchema, "One page of results, with facet counts."),
        }),
        "/api/v1/teams/{slug}": get({
          tags: ["Teams"],
          operationId: "getTeam",
          summary: "One team",
          description: "A published team's public profile: what it knows, how it works with firms, case studies.",
          requestParams: { path: teamSlugPath, header: conditionalHeaders },
          responses: responses(teamDetailSchema, "The team.", {
            notFound: "No published team has that address.",
            redirect: "The listing was merged into another: Location is the surviving team's API address.",
          }),
        }),
        "/api/v1/teams/{slug}/similar": get({
          tags: ["Teams"],
          operationId: "getSimilarTeams",
          summary: "Teams with similar expertise",
          description:
            "Published teams whose listings share this team's most telling words (weighed by how rare they are in the register), never the team itself; the same list as the profile page's, with the words they share.",
          requestParams: { path: teamSlugPath, query: similarTeamsQuerySchema, header: conditionalHeaders },
          responses: responses(similarTeamsResponseSchema, "Up to `limit` similar teams, closest first.", {
            notFound: "No published team has that address.",
          }),
        }),
        "/api/v1/teams/export": get({
          tags: ["Teams"],
          operationId: "exportTeams",
          summary: "Download every published team",
          description:
            "The whole published register as CSV (default) or JSON, optionally for one institution or country.",
          requestParams: { query: publicExportQuerySchema },
          responses: {
            "200": {
              description: "A file download (Content-Disposition: attachment).",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/json": { schema: { type: "object" } },
              },
            },
            "400": { description: "A parameter is not valid.", content: json(errorBodySchema) },
            "429": {
              description: "Too many requests from this address.",
              headers: z.object({ "Retry-After": headers.retryAfter }),
              content: json(errorBodySchema),
            },
          },
        }),
        "/api/v1/institutions": get({
          tags: ["Institutions"],
          operationId: "listInstitutions",
          summary: "List institutions",
          description:
            "Institutions of the register, alphabetical (best match first for `q`), with their count of published teams.",
          requestParams: { query: institutionListQuerySchema, header: conditionalHeaders },
          responses: responses(institutionListResponseSchema, "One page of institutions."),
        }),
        "/api/v1/institutions/{slug}": get({
          tags: ["Institutions"],
          operationId: "getInstitution",
          summary: "One institution",
          description: "An institution's public facts (with its ROR id) and a page of its published teams.",
          requestParams: { path: institutionSlugPath, query: institutionDetailQuerySchema, header: conditionalHeaders },
          responses: responses(institutionDetailSchema, "The institution.", {
            notFound: "No institution has that address.",
          }),
        }),
        "/api/v1/collections": get({
          tags: ["Collections"],
          operationId: "listCollections",
          summary: "List collections",
          description: "Every published collection that shows at least one team, newest first.",
          requestParams: { header: conditionalHeaders },
          responses: responses(collectionListResponseSchema, "The published collections."),
        }),
        "/api/v1/collections/{slug}": get({
          tags: ["Collections"],
          operationId: "getCollection",
          summary: "One collection",
          description: "A published collection and its public teams, in the curator's order.",
          requestParams: { path: collectionSlugPath, header: conditionalHeaders },
          responses: responses(collectionDetailSchema, "The collection.", {
            notFound: "No published collection has that address.",
          }),
        }),
        "/api/search/suggest": get({
          tags: ["Service"],
          operationId: "suggest",
          summary: "Search-box suggestions",
          description:
            "Keyword phrases, then team names, for what has been typed so far. Not rate-limited: the search box calls it as people type.",
          requestParams: { query: suggestApiQuerySchema },
          responses: {
            "200": { description: "Suggestions, best first.", content: json(suggestResponseSchema) },
            "400": { description: "A parameter is unknown or not valid.", content: json(errorBodySchema) },
          },
        }),
        "/api/health": get({
          tags: ["Service"],
          operationId: "health",
          summary: "Service health (for monitoring)",
          description: "Whether the database answers. People can read the same at /status.",
          responses: {
            "200": { description: "Healthy.", content: json(healthResponseSchema) },
            "503": { description: "The database does not answer.", content: json(healthResponseSchema) },
          },
        }),
      },
    },
    {
      // Answers may gain fields over time: describe what is there without forbidding more.
      override: ({ jsonSchema, io }) => {
        if (io === "output" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
      },
    },
  );
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

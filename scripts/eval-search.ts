// npm run eval:search [-- --dir <folder>] [--json]
//
// Ranking quality of the search engine on test collections with real questions and human
// judgements (Cranfield format, see scripts/eval/collection.ts). Each document is indexed as a team
// (title → name, text → summary, every other field empty) through the real engine, each question
// is asked through engine.search (page size 100), and SQLite FTS5's plain bm25 ranks the same
// documents in the same run as the baseline. Prints nDCG@10, recall@100 and MAP for both and
// their ratios; --json prints one JSON line last. Without --dir, every collection folder in
// ../shared/data/relevance/ is evaluated; when there is none it says so and exits 0.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildSearchEngine } from "@/lib/search/engine";
import type { SearchDocument } from "@/lib/search/types";
import { loadCollection, type EvalCollection, type EvalDocument } from "./eval/collection";
import { Fts5Ranker } from "./eval/fts5-ranker";
import { sharedDataPath } from "./shared-data";
import { meanScores, type Scores } from "./eval/metrics";

const DEFAULT_DIR = sharedDataPath("relevance");
const NOW = Date.UTC(2026, 0, 1);

export function teamOf(d: EvalDocument): SearchDocument {
  return {
    id: d.id,
    slug: `doc-${d.id}`,
    name: d.title,
    summary: d.text,
    description: "",
    keywords: [],
    facilities: [],
    institutionName: "",
    institutionAliases: [],
    city: "",
    countryCode: "",
    continent: "",
    fields: [],
    knowledgeTypes: [],
    engagementModes: [],
    costBands: [],
    sectors: [],
    languages: [],
    availability: "now",
    smeCaseStudies: 0,
    verifiedInstitution: false,
    confirmedAt: NOW,
    updatedAt: NOW,
  };
}

interface CollectionReport {
  name: string;
  documents: number;
  questions: number;
  engine: Scores;
  fts5: Scores;
  ratio: Scores;
  engineMsPerQuestion: number;
}

function evaluate(c: EvalCollection): CollectionReport {
  const engine = buildSearchEngine(c.docs.map(teamOf), { now: () => NOW });
  const fts = new Fts5Ranker(c.docs);
  const judgedOf = (n: number) => c.judgements.get(n) ?? new Map<number, number>();
  let ms = 0;
  const engineRuns = c.questions.map((q) => {
    const t = performance.now();
    const r = engine.search({ q: q.text, filters: {}, sort: "relevance", page: 1, pageSize: 100 });
    ms += performance.now() - t;
    return { ranked: r.hits.map((h) => h.id), judged: judgedOf(q.n) };
  });
  const ftsRuns = c.questions.map((q) => ({ ranked: fts.rank(q.text, 100), judged: judgedOf(q.n) }));
  fts.close();
  const e = meanScores(engineRuns);
  const f = meanScores(ftsRuns);
  const div = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    name: c.name,
    documents: c.docs.length,
    questions: engineRuns.filter((r) => r.judged.size > 0).length,
    engine: e,
    fts5: f,
    ratio: { ndcg10: div(e.ndcg10, f.ndcg10), recall100: div(e.recall100, f.recall100), map: div(e.map, f.map) },
    engineMsPerQuestion: ms / Math.max(1, c.questions.length),
  };
}

function collectionDirs(argv: string[]): string[] {
  const dirs = argv.flatMap((a, i) => (a === "--dir" && argv[i + 1] ? [path.resolve(argv[i + 1]!)] : []));
  if (dirs.length > 0) return dirs;
  if (!existsSync(DEFAULT_DIR)) return [];
  return readdirSync(DEFAULT_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(DEFAULT_DIR, d.name));
}

function main(): void {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const collections = collectionDirs(argv)
    .map((dir) => ({ dir, c: loadCollection(dir) }))
    .filter((x): x is { dir: string; c: EvalCollection } => {
      if (!x.c) console.log(`${x.dir}: no collection here (needs *.all.*, *.qry and *qrel files); skipped`);
      return x.c !== null;
    });
  if (collections.length === 0) {
    console.log(
      `No test collection found (looked in ${argv.includes("--dir") ? "--dir" : DEFAULT_DIR}); nothing to evaluate.`,
    );
    if (json) console.log(JSON.stringify({ collections: [] }));
    return;
  }
  const reports = collections.map(({ c }) => evaluate(c));
  const f3 = (x: number) => x.toFixed(3);
  for (const r of reports) {
    console.log(`\n${r.name}: ${r.documents} documents, ${r.questions} judged questions`);
    console.log("ranker      nDCG@10  recall@100  MAP");
    for (const [label, s] of [
      ["engine", r.engine],
      ["FTS5 bm25", r.fts5],
      ["ratio", r.ratio],
    ] as const)
      console.log(`${label.padEnd(10)}  ${f3(s.ndcg10).padStart(7)}  ${f3(s.recall100).padStart(10)}  ${f3(s.map)}`);
    console.log(`engine: ${r.engineMsPerQuestion.toFixed(2)} ms per question`);
  }
  if (json) console.log(JSON.stringify({ collections: reports }));
}

main();

// The baseline: SQLite FTS5 doing as much of the engine's job as it can. Same indexed text per
// field (the engine's extractField) and the same field weights in bm25; the same stop words and
// framing words dropped; the last word as a prefix; every field; "at least k of n words" (the
// engine's minimumMatch: most words of a short query, any word of a long one, relaxed to any word
// when nothing matches); the same filters; disjunctive facet counts
// by GROUP BY over the match; total; a top-20 page. Not attempted: typo tolerance, synonyms and
// ranking signals, which FTS5 does not offer.
import Database from "better-sqlite3";
import { extractField, INDEXED_FIELDS } from "@/lib/search/options";
import { minimumMatch } from "@/lib/search/query";
import { RANKING } from "@/lib/search/ranking";
import { FACET_NAMES, type FacetName, type SearchDocument, type SearchParams } from "@/lib/search/types";
import { matchExpression, queryTerms, type Combine } from "./fts5-query";

export function facetValuesOf(doc: SearchDocument, facet: FacetName): readonly string[] {
  switch (facet) {
    case "country":
      return [doc.countryCode];
    case "region":
      return [doc.continent];
    case "field":
      return doc.fields;
    case "knowledgeType":
      return doc.knowledgeTypes;
    case "engagementMode":
      return doc.engagementModes;
    case "costBand":
      return doc.costBands;
    case "sector":
      return doc.sectors;
    case "language":
      return doc.languages;
    case "availability":
      return [doc.availability];
  }
}

export interface Fts5Result {
  ids: number[];
  total: number;
  facets: Record<FacetName, { value: string; count: number }[]>;
}

interface Where {
  sql: string;
  args: number[];
}

export class Fts5Baseline {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly bm25: string;
  /** Facet values as small integers ("vid"); the FacetName index is stored beside each. */
  private readonly vids = new Map<string, number>();
  private readonly vidFacet: number[] = [];
  private readonly vidValue: string[] = [];

  constructor(
    file: string,
    private readonly combine: Combine = "auto",
  ) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = OFF");
    this.db.pragma("synchronous = OFF");
    this.db.pragma("temp_store = MEMORY");
    this.db.pragma("cache_size = -262144"); // 256 MB
    this.db.pragma("mmap_size = 8589934592");
    this.bm25 = `bm25(fts, ${INDEXED_FIELDS.map((f) => RANKING.fieldBoosts[f]).join(", ")})`;
    this.db.exec(`
      CREATE VIRTUAL TABLE fts USING fts5(${INDEXED_FIELDS.join(", ")},
        tokenize = 'porter unicode61 remove_diacritics 2', prefix = '3');
      CREATE TABLE facts (id INTEGER PRIMARY KEY, updated_at INTEGER NOT NULL);
      CREATE TABLE facet_values (vid INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL);
      CREATE TABLE fact_values (doc_id INTEGER NOT NULL, facet INTEGER NOT NULL, vid INTEGER NOT NULL,
        PRIMARY KEY (doc_id, facet, vid)) WITHOUT ROWID;
      CREATE TEMP TABLE m (id INTEGER PRIMARY KEY, score REAL NOT NULL);
    `);
  }

  private vid(facet: number, value: string): number | undefined {
    return this.vids.get(`${facet}\u0000${value}`);
  }

  load(docs: readonly SearchDocument[], onProgress?: (done: number) => void): void {
    const insText = this.db.prepare(
      `INSERT INTO fts (rowid, ${INDEXED_FIELDS.join(", ")}) VALUES (?${", ?".repeat(INDEXED_FIELDS.length)})`,
    );
    const insFact = this.db.prepare("INSERT INTO facts (id, updated_at) VALUES (?, ?)");
    const insDict = this.db.prepare("INSERT INTO facet_values (vid, facet, value) VALUES (?, ?, ?)");
    const insValue = this.db.prepare("INSERT OR IGNORE INTO fact_values (doc_id, facet, vid) VALUES (?, ?, ?)");
    const batch = this.db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const d = docs[i] as SearchDocument;
        insText.run(d.id, ...INDEXED_FIELDS.map((f) => String(extractField(d, f) ?? "")));
        insFact.run(d.id, d.updatedAt);
        FACET_NAMES.forEach((facet, f) => {
          for (const v of facetValuesOf(d, facet)) {
            let vid = this.vid(f, v);
            if (vid === undefined) {
              vid = this.vidValue.length;
              this.vids.set(`${f}\u0000${v}`, vid);
              this.vidFacet.push(f);
              this.vidValue.push(v);
              insDict.run(vid, facet, v);
            }
            insValue.run(d.id, f, vid);
          }
        });
      }
    });
    const step = 10_000;
    for (let i = 0; i < docs.length; i += step) {
      batch(i, Math.min(docs.length, i + step));
      onProgress?.(Math.min(docs.length, i + step));
    }
    this.db.exec("INSERT INTO fts (fts) VALUES ('optimize'); ANALYZE;");
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** Fills temp.m with the match; returns the filtered total. */
  private match(expr: string, all: Where): number {
    this.stmt("DELETE FROM temp.m").run();
    this.stmt(`INSERT INTO temp.m (id, score) SELECT rowid, ${this.bm25} FROM fts WHERE fts MATCH ?`).run(expr);
    return (this.stmt(`SELECT count(*) AS n FROM temp.m m ${all.sql}`).get(...all.args) as { n: number }).n;
  }

  /** The whole job; with `withFacets` false, only match, filters, total and page (for context). */
  search(params: SearchParams, withFacets = true): Fts5Result {
    // A selected value absent from the corpus still filters (to nothing): vid -1 matches no row.
    const selected = FACET_NAMES.map((_, f) => ({
      f,
      vids: [...new Set(params.filters[FACET_NAMES[f] as FacetName] ?? [])].map((v) => this.vid(f, v) ?? -1),
    })).filter((x) => x.vids.length > 0);
    // Vids are bound, so statements depend only on the shape of the filters and are reused.
    const where = (except: number | null): Where => {
      const used = selected.filter((s) => s.f !== except);
      const sql = used.map(
        (s) =>
          `EXISTS (SELECT 1 FROM fact_values x WHERE x.doc_id = m.id AND x.facet = ${s.f} AND x.vid IN (${s.vids.map(() => "?").join(", ")}))`,
      );
      return { sql: sql.length > 0 ? `WHERE ${sql.join(" AND ")}` : "", args: used.flatMap((s) => s.vids) };
    };
    const all = where(null);

    const terms = queryTerms(params.q);
    let src = "(SELECT id, 0.0 AS score FROM facts)";
    let total: number;
    if (terms.words.length === 0) {
      total = (this.stmt(`SELECT count(*) AS n FROM ${src} m ${all.sql}`).get(...all.args) as { n: number }).n;
    } else {
      src = "temp.m";
      total = 0;
      const n = terms.words.length;
      // As the engine: every field; "at least k of n words" for short queries, relaxed to any word
      // when nothing matches (long queries match any word).
      const levels = this.combine === "and" ? [n] : this.combine === "or" ? [1] : [...new Set([minimumMatch(n), 1])];
      for (const level of levels) {
        total = this.match(matchExpression(terms, level, null) as string, all);
        if (total > 0) break;
      }
    }

    const offset = (params.page - 1) * params.pageSize;
    const pageSql =
      params.sort === "updated"
        ? `SELECT m.id FROM ${src} m CROSS JOIN facts f ON f.id = m.id ${all.sql} ORDER BY f.updated_at DESC, m.id LIMIT ? OFFSET ?`
        : `SELECT m.id FROM ${src} m ${all.sql} ORDER BY m.score, m.id LIMIT ? OFFSET ?`;
    const ids = (this.stmt(pageSql).all(...all.args, params.pageSize, offset) as { id: number }[]).map((r) => r.id);

    const facets = Object.fromEntries(
      FACET_NAMES.map((f) => [f, [] as { value: string; count: number }[]]),
    ) as Fts5Result["facets"];
    if (!withFacets) return { ids, total, facets };
    // CROSS JOIN keeps SQLite walking the match set, not the whole value table.
    const count = (w: Where, facet: number | null): void => {
      const on = facet === null ? "" : ` AND v.facet = ${facet}`;
      const sql = `SELECT v.vid AS vid, count(*) AS n FROM ${src} m CROSS JOIN fact_values v ON v.doc_id = m.id${on} ${w.sql} GROUP BY v.vid`;
      for (const r of this.stmt(sql).all(...w.args) as { vid: number; n: number }[]) {
        const f = this.vidFacet[r.vid] as number;
        if (facet === null ? !selected.some((s) => s.f === f) : f === facet) {
          facets[FACET_NAMES[f] as FacetName].push({ value: this.vidValue[r.vid] as string, count: r.n });
        }
      }
    };
    // One GROUP BY over the filtered match counts every facet without a selection; a facet with
    // a selection gets its own, over the match filtered by every other facet (disjunctive).
    if (selected.length < FACET_NAMES.length) count(all, null);
    for (const s of selected) count(where(s.f), s.f);
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return { ids, total, facets };
  }

  /** Ids of the last text match (for tests). */
  matchedIds(): number[] {
    return (this.stmt("SELECT id FROM temp.m").all() as { id: number }[]).map((r) => r.id);
  }

  close(): void {
    this.db.close();
  }
}

// The evaluation's baseline: SQLite FTS5's plain bm25 over the same documents (porter tokenizer,
// the question's words OR-ed, title weight 2, text weight 1), in memory.
import Database from "better-sqlite3";
import type { EvalDocument } from "./collection";

export class Fts5Ranker {
  private readonly db = new Database(":memory:");
  private readonly query: Database.Statement<[string, number], { id: number }>;

  constructor(docs: readonly EvalDocument[]) {
    this.db.exec("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')");
    const ins = this.db.prepare("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)");
    this.db.transaction(() => {
      for (const d of docs) ins.run(d.id, d.title, d.text);
    })();
    this.query = this.db.prepare("SELECT rowid AS id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 2.0, 1.0) LIMIT ?");
  }

  /** The question's words (letters and digits), each quoted, OR-ed. */
  static matchExpression(text: string): string | null {
    const words = [
      ...new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length > 0),
      ),
    ];
    return words.length > 0 ? words.map((w) => `"${w}"`).join(" OR ") : null;
  }

  rank(text: string, limit: number): number[] {
    const expr = Fts5Ranker.matchExpression(text);
    return expr ? this.query.all(expr, limit).map((r) => r.id) : [];
  }

  close(): void {
    this.db.close();
  }
}

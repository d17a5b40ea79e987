// Keeps one process's index current. On first use it loads the snapshot (or rebuilds from the
// database when the snapshot is missing, corrupt or from another schema version), then follows
// the search_changes outbox: before a search, at most every syncIntervalMs, it reads the entries
// after the last one it applied and re-reads those teams. Writes in this process call sync()
// directly, so they are searchable at once. A change to the curated synonym groups arrives through
// the same outbox (team id SYNONYMS_CHANGED) and reloads the synonyms. Snapshots are written
// after a rebuild and after enough changes, in the background.
import { buildSearchEngine, type SearchEngine } from "./engine";
import { SEARCH_OPTIONS } from "./options";
import { loadSnapshot, writeSnapshot } from "./snapshot";
import type { SearchDocument } from "./types";

/** Where the manager reads teams and changes from (the DAL in the app, fakes in tests). */
export interface IndexSource {
  /** Every published team, and the outbox position read *before* them. */
  loadAll(): { docs: SearchDocument[]; position: number };
  /** Documents of those ids that are published (the others are to be discarded). */
  load(ids: readonly number[]): SearchDocument[];
  changesAfter(position: number, limit: number): { position: number; teamIds: number[] };
  synonyms(): string[][];
}

export interface IndexManagerOptions {
  source: IndexSource;
  /** Snapshot directory; null = never snapshot. */
  snapshotPath: string | null;
  syncIntervalMs?: number;
  snapshotAfterChanges?: number;
  minSnapshotIntervalMs?: number;
  /** How often curators' synonym groups are re-read (ms). */
  synonymRefreshMs?: number;
  log?: (message: string) => void;
}

const SYNONYM_REFRESH_MS = 60_000;
/**
 * The team id a change to the curators' synonym groups writes to the outbox (a trigger on
 * search_synonyms; no team has id 0): the manager then reloads the synonyms at once.
 */
export const SYNONYMS_CHANGED = 0;
const BATCH = 5_000;

export class IndexManager {
  private engine: SearchEngine | null = null;
  private loading: Promise<SearchEngine> | null = null;
  private snapshotting: Promise<void> | null = null;
  private lastSyncAt = 0;
  private lastSynonymsAt = 0;
  private synonymsKey = "";
  private changesSinceSnapshot = 0;
  private lastSnapshotAt = 0;
  /** The last outbox id applied. */
  position = 0;
  /** How the index was obtained: from a snapshot or by rebuilding. */
  origin: "snapshot" | "rebuild" | null = null;

  constructor(private readonly options: IndexManagerOptions) {}

  private log(message: string): void {
    (this.options.log ?? console.info)(`[search] ${message}`);
  }

  /** The index, loaded on first call and caught up with the outbox (throttled). */
  async current(): Promise<SearchEngine> {
    const engine = this.engine ?? (await this.load());
    if (Date.now() - this.lastSyncAt >= (this.options.syncIntervalMs ?? SEARCH_OPTIONS.sync.minIntervalMs)) this.sync();
    return engine;
  }

  private load(): Promise<SearchEngine> {
    this.loading ??= (async () => {
      const started = Date.now();
      const synonyms = this.readSynonyms();
      this.synonymsKey = JSON.stringify(synonyms);
      this.lastSynonymsAt = Date.now();
      const path = this.options.snapshotPath;
      const loaded = path ? await loadSnapshot(path, { synonyms }) : null;
      if (this.engine) return this.engine;
      if (loaded) {
        this.engine = loaded.engine;
        this.position = loaded.position;
        this.origin = "snapshot";
        this.lastSnapshotAt = Date.now();
      } else {
        const { docs, position } = this.options.source.loadAll();
        this.engine = buildSearchEngine(docs, { synonyms });
        this.position = position;
        this.origin = "rebuild";
      }
      this.log(
        `index ${this.origin === "snapshot" ? "loaded from snapshot" : "rebuilt"}: ${this.engine.size} teams in ${Date.now() - started} ms`,
      );
      this.sync();
      if (this.origin === "rebuild") this.snapshotSoon(true);
      return this.engine;
    })().finally(() => (this.loading = null));
    return this.loading;
  }

  /**
   * Applies every outbox entry after the last one applied. Cheap when there is nothing new (one
   * indexed query). Returns how many teams were re-read; does nothing before the first load.
   */
  sync(): number {
    const engine = this.engine;
    if (!engine) return 0;
    this.lastSyncAt = Date.now();
    let applied = 0;
    try {
      this.refreshSynonyms(engine);
      for (;;) {
        const changes = this.options.source.changesAfter(this.position, BATCH);
        const position = changes.position;
        const teamIds = changes.teamIds.filter((id) => id !== SYNONYMS_CHANGED);
        if (teamIds.length < changes.teamIds.length) this.refreshSynonyms(engine, true);
        if (teamIds.length > 0) {
          const docs = this.options.source.load(teamIds);
          const published = new Set<number>();
          for (const d of docs) {
            engine.replace(d);
            published.add(d.id);
          }
          for (const id of teamIds) if (!published.has(id)) engine.discard(id);
          applied += teamIds.length;
        }
        if (position === this.position) break;
        this.position = position;
      }
    } catch (err) {
      // Serve the index as it is; the next search tries again.
      this.log(
        `catch-up failed, serving the index as of change ${this.position}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (applied > 0) {
      this.changesSinceSnapshot += applied;
      this.snapshotSoon(false);
    }
    return applied;
  }

  private refreshSynonyms(engine: SearchEngine, now = false): void {
    if (!now && Date.now() - this.lastSynonymsAt < (this.options.synonymRefreshMs ?? SYNONYM_REFRESH_MS)) return;
    this.lastSynonymsAt = Date.now();
    const synonyms = this.readSynonyms();
    const key = JSON.stringify(synonyms);
    if (key !== this.synonymsKey) {
      this.synonymsKey = key;
      engine.setSynonyms(synonyms);
    }
  }

  /** Curators' synonyms; the built-in map alone if they cannot be read. */
  private readSynonyms(): string[][] {
    try {
      return this.options.source.synonyms();
    } catch (err) {
      this.log(`curated synonyms not read: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }

  private snapshotSoon(force: boolean): void {
    const path = this.options.snapshotPath;
    if (!path || !this.engine || this.snapshotting) return;
    const enough =
      this.changesSinceSnapshot >= (this.options.snapshotAfterChanges ?? SEARCH_OPTIONS.sync.snapshotAfterChanges);
    const spaced =
      Date.now() - this.lastSnapshotAt >=
      (this.options.minSnapshotIntervalMs ?? SEARCH_OPTIONS.sync.minSnapshotIntervalMs);
    if (!force && !(enough && spaced)) return;
    this.snapshotting = this.writeSnapshotNow().finally(() => (this.snapshotting = null));
  }

  private async writeSnapshotNow(): Promise<void> {
    const engine = this.engine;
    const path = this.options.snapshotPath;
    if (!engine || !path) return;
    const started = Date.now();
    const position = this.position;
    this.changesSinceSnapshot = 0;
    this.lastSnapshotAt = started;
    try {
      await writeSnapshot(engine, path, position);
      this.log(`snapshot written at change ${position} in ${Date.now() - started} ms`);
    } catch (err) {
      this.log(`snapshot not written: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Writes a snapshot now (waiting for one in progress first). For tests and shutdown. */
  async flushSnapshot(): Promise<void> {
    await this.snapshotting;
    if (!this.engine) return;
    await this.writeSnapshotNow();
  }
}

// Synthetic published teams for the web benchmark (`npm run bench:web -- --teams N`): the search
// benchmark's deterministic corpus (scripts/bench/corpus.ts), written into a real database beside
// the demo data, with institutions placed on the map, so that pages and counts run over N teams.
import type Database from "better-sqlite3";
import { createCorpusGenerator } from "./corpus";
import { generateInstitutions, institutionCountFor } from "./institutions";
import { createRng, hashSeed } from "./prng";
import { loadVocabulary } from "./vocabulary";

const BATCH = 5_000;

function slugOf(prefix: string, i: number): string {
  return `${prefix}-${i.toString(36)}`;
}

/** Inserts `count` published teams (and their institutions); returns how many institutions. */
export function insertSyntheticTeams(sqlite: Database.Database, count: number, seed = 1): number {
  const vocabulary = loadVocabulary();
  const { institutions } = generateInstitutions(seed, institutionCountFor(count));
  const gen = createCorpusGenerator(seed, vocabulary, institutions);
  const rng = createRng(hashSeed(seed, "web-map"));
  const insertInstitution = sqlite.prepare(
    `INSERT INTO institutions (slug, name, aliases, country_code, city, lat, lng, kind, verified_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'university', ?) RETURNING id`,
  );
  const institutionIds = new Map<string, number>();
  sqlite.transaction(() => {
    institutions.forEach((inst, i) => {
      const lat = -40 + rng.next() * 100;
      const lng = -120 + rng.next() * 260;
      const row = insertInstitution.get(
        slugOf("bench-institution", i),
        `${inst.name} (${i})`,
        JSON.stringify(inst.aliases),
        inst.countryCode,
        inst.city,
        lat,
        lng,
        inst.verified ? Date.now() : null,
      ) as { id: number };
      institutionIds.set(inst.name, row.id);
    });
  })();
  const insertTeam = sqlite.prepare(
    `INSERT INTO teams (slug, institution_id, name, summary, description, keywords, fields, sectors,
       knowledge_types, facilities, languages, availability, contact_email, status, published_at,
       confirmed_at, reviewed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', ?, ?, ?) RETURNING id`,
  );
  const insertMode = sqlite.prepare(
    `INSERT OR IGNORE INTO team_engagement_modes (team_id, mode, cost_band, duration) VALUES (?, ?, ?, 'weeks')`,
  );
  for (let start = 0; start < count; start += BATCH) {
    sqlite.transaction(() => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const d = gen.teamAt(i);
        const institutionId = institutionIds.get(d.institutionName);
        if (institutionId === undefined) continue;
        const row = insertTeam.get(
          slugOf("bench-team", i),
          institutionId,
          d.name,
          d.summary,
          d.description,
          JSON.stringify(d.keywords),
          JSON.stringify(d.fields.filter((f) => f.includes("."))),
          JSON.stringify(d.sectors),
          JSON.stringify(d.knowledgeTypes),
          JSON.stringify(d.facilities),
          JSON.stringify(d.languages),
          d.availability,
          `team-${i}@bench.invalid`,
          d.updatedAt,
          d.confirmedAt,
          d.updatedAt,
        ) as { id: number };
        d.engagementModes.forEach((mode, k) =>
          insertMode.run(row.id, mode, d.costBands[k % Math.max(1, d.costBands.length)] ?? "under-5k"),
        );
      }
    })();
  }
  return institutions.length;
}

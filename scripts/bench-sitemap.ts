// Prints how long the sitemap takes to build for a large register: a temporary database seeded
// with the demo register, its published teams copied until there are --teams of them (default
// 100,000), then /sitemap.xml (the index) and each file built as the route handlers do.
//   npm run bench:sitemap -- --teams 100000
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { currentSitemapEntries, listSitemapEntries } from "@/lib/dal/register/open-data";
import { seedDemoData } from "@/lib/dal/seed/seed";
import { rootSitemapXml, sitemapFileCount, sitemapFileXml } from "@/lib/sitemap";
import { SYSTEM } from "@/lib/viewer";

const arg = process.argv.indexOf("--teams");
const target = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const dir = mkdtempSync(join(tmpdir(), "atlas-bench-sitemap-"));
try {
  const db = openDatabase(join(dir, "bench.db"));
  migrateDatabase(db);
  const ctx = { db, viewer: SYSTEM };
  seedDemoData(ctx);
  const sqlite = db.$client;
  const have = () =>
    (sqlite.prepare("select count(*) n from teams where status = 'published'").get() as { n: number }).n;
  // Copies of the published teams under new slugs, in batches (the triggers' outbox rows too).
  for (let round = 1; have() < target; round++) {
    const missing = target - have();
    sqlite
      .prepare(
        `insert into teams (slug, institution_id, name, summary, description, keywords, fields, sectors,
           knowledge_types, facilities, languages, availability, contact_email, status, published_at, updated_at)
         select slug || '-copy-${round}', institution_id, name, summary, description, keywords, fields, sectors,
           knowledge_types, facilities, languages, availability, contact_email, status, published_at, updated_at
         from teams where status = 'published' and slug not like '%-copy-%' limit ?`,
      )
      .run(missing);
  }
  const base = "https://atlas.example";
  const t0 = performance.now();
  const entries = listSitemapEntries(ctx);
  const t1 = performance.now();
  const root = rootSitemapXml(base, entries);
  const t2 = performance.now();
  const files = sitemapFileCount(entries.length);
  let bytes = 0;
  for (let n = 0; n < files; n++) bytes += sitemapFileXml(base, entries, n)!.length;
  const t3 = performance.now();
  currentSitemapEntries(ctx);
  const t4 = performance.now();
  currentSitemapEntries(ctx);
  const t5 = performance.now();
  console.log(`published teams: ${have()}; sitemap URLs: ${entries.length}; files: ${files}`);
  console.log(`listSitemapEntries: ${(t1 - t0).toFixed(0)} ms`);
  console.log(
    `/sitemap.xml (${root.includes("<sitemapindex") ? "index" : "urlset"}): ${(t2 - t1).toFixed(0)} ms, ${root.length} bytes`,
  );
  console.log(`all ${files} files: ${(t3 - t2).toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`);
  console.log(`currentSitemapEntries: ${(t4 - t3).toFixed(0)} ms first, ${(t5 - t4).toFixed(1)} ms while unchanged`);
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

import { createCorpusGenerator, generateCorpus } from "./scripts/bench/corpus";
import { generateInstitutions, institutionCountFor } from "./scripts/bench/institutions";
import { loadVocabulary } from "./scripts/bench/vocabulary";
import { buildSearchEngine } from "@/lib/search/engine";
import { findSimilar, SIMILAR } from "@/lib/search/similar";
const N = Number(process.argv[2] ?? 20000);
const vocab = loadVocabulary();
const { institutions } = generateInstitutions(1, institutionCountFor(N));
const gen = createCorpusGenerator(1, vocab, institutions);
const docs = generateCorpus(gen, N, () => {});
const engine = buildSearchEngine(docs);
const S = SIMILAR as unknown as { maxTerms: number; maxShare: number; rounds: number[] };
const sample = Array.from({ length: 300 }, (_, i) => docs[(i * 37) % docs.length]!);
for (const [maxTerms, maxShare] of [[10, 0.25], [10, 0.1], [8, 0.1], [8, 0.05], [10, 0.25]] as const) {
  S.maxTerms = maxTerms; S.maxShare = maxShare; S.rounds = [maxTerms, 6, 4];
  for (const d of sample.slice(0, 50)) findSimilar(engine, d);
  const ms: number[] = []; let found = 0;
  for (const d of sample) { const c = process.cpuUsage(); found += findSimilar(engine, d).hits.length; const u = process.cpuUsage(c); ms.push((u.user + u.system) / 1000); }
  ms.sort((a, b) => a - b);
  console.log(maxTerms, maxShare, "p50", ms[150]!.toFixed(2), "p95", ms[285]!.toFixed(2), "found", (found / 300).toFixed(2));
}

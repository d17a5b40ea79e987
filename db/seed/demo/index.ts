// The demonstration register: real institutions (facts from ROR), invented teams.
import * as europeAmericas from "./europe-americas-north";
import * as globalSouth from "./global-south-asia-oceania";
import * as otherLanguages from "./other-languages";
import * as ukIreland from "./uk-ireland";
import type { DemoInstitution, DemoTeam } from "./types";

export type { DemoInstitution, DemoTeam } from "./types";

const parts = [ukIreland, europeAmericas, globalSouth, otherLanguages];

export const demoInstitutions: readonly DemoInstitution[] = parts.flatMap((p) => p.institutions);
export const demoTeams: readonly DemoTeam[] = parts.flatMap((p) => p.teams);

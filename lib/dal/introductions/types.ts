// The DTO types of introduction requests: the one lib/dal module components may import (types only,
// nothing that runs; eslint.config.js).

export type { CreatedRequest, IntroductionFormDefaults } from "./create";
export type { IntroductionListItem, ListFilter, BrokerQueue } from "./dashboards";
export type { TimelineEntry, ThreadMessage, IntroductionDetail } from "./detail";
export type { IntermediaryCoverage } from "./intermediaries";
export type { DueSavedSearch, RecentTeam } from "./jobs";
export type { CreatedNeed, FirmProfile } from "./need-requests";
export type { RegisterResponseSummary } from "./response-summary";

// Why a team in a collection is not shown to visitors, in the curator's words.
import { own } from "@/lib/own";

const BY_STATUS: Record<string, string> = {
  draft: "its listing is a draft",
  pending: "its listing is waiting for review",
  changes_requested: "changes were requested on its listing",
  rejected: "its listing was not accepted",
  archived: "its listing is archived",
};

export function hiddenReason(hidden: { status: string; merged: boolean }): string {
  if (hidden.merged) return "its listing was merged into another one; add that one instead";
  return own(BY_STATUS, hidden.status) ?? `its listing is ${hidden.status}`;
}

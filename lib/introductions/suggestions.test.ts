import { describe, expect, it } from "vitest";
import { suggestionProblem } from "./suggestions";

const team = (id: number, slug: string, status = "published") => ({ id, slug, name: `Team ${id}`, status });

describe("suggestionProblem", () => {
  it("accepts published teams other than the one asked for", () => {
    expect(suggestionProblem(["a", "b"], [team(1, "a"), team(2, "b")], 3)).toBeNull();
    expect(suggestionProblem(["a"], [team(1, "a")], null)).toBeNull();
  });
  it("says a mistyped link is not a team of the register", () => {
    expect(suggestionProblem(["a", "kaplan-lba"], [team(1, "a")], 3)).toBe(
      "“kaplan-lba” is not a team of the register. Check the link: copy it from the team's page.",
    );
    expect(suggestionProblem(["x", "y"], [], 3)).toMatch(/“x”, “y” are not teams of the register/);
  });
  it("names unpublished teams and the team asked for", () => {
    expect(suggestionProblem(["a"], [team(1, "a", "draft")], 3)).toMatch(/“Team 1” is not published/);
    expect(suggestionProblem(["a"], [team(3, "a")], 3)).toBe(
      "“Team 3” is the team this request is for. Suggest other teams.",
    );
  });
});

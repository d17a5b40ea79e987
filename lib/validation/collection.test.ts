import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./form";
import { addTeamSchema, collectionInputSchema, deleteCollectionSchema, moveEntrySchema } from "./collection";

const errors = (r: { success: boolean; error?: unknown }) => (r.success ? {} : fieldErrorsOf(r.error as never));

describe("collection details", () => {
  it("cleans the text and reads the published checkbox", () => {
    expect(
      collectionInputSchema.parse({ title: "  Heat pumps\u0007 ", editorialNote: " For SMEs. ", published: "on" }),
    ).toEqual({ title: "Heat pumps", editorialNote: "For SMEs.", published: true });
    expect(collectionInputSchema.parse({ title: "Heat pumps" })).toEqual({
      title: "Heat pumps",
      editorialNote: "",
      published: false,
    });
  });

  it("names the field that is wrong", () => {
    expect(errors(collectionInputSchema.safeParse({ title: "  " }))).toEqual({
      title: "Title must be at least 3 characters",
    });
    expect(errors(collectionInputSchema.safeParse({ title: "x".repeat(121) }))).toEqual({
      title: "Title must be at most 120 characters",
    });
    expect(errors(collectionInputSchema.safeParse({ title: "Fine", editorialNote: "x".repeat(2001) }))).toEqual({
      editorialNote: "Editorial note must be at most 2000 characters",
    });
  });
});

describe("adding a team", () => {
  it.each([
    ["manchester-graphene-coatings", "manchester-graphene-coatings"],
    [" Manchester-Graphene-Coatings ", "manchester-graphene-coatings"],
    ["https://atlas.example/teams/manchester-graphene-coatings", "manchester-graphene-coatings"],
    ["https://atlas.example/teams/manchester-graphene-coatings/?from=search#x", "manchester-graphene-coatings"],
    ["/teams/kit-battery-cell-safety-second-life", "kit-battery-cell-safety-second-life"],
  ])("takes the team's address from %j", (team, slug) => {
    expect(addTeamSchema.parse({ collection: "c", team, note: "" }).team).toBe(slug);
  });

  it.each([
    ["", "Enter the team's address, e.g. manchester-graphene-coatings"],
    ["not a slug!", "A team address has only letters, digits and hyphens, e.g. manchester-graphene-coatings"],
    [
      "https://atlas.example/institutions/x",
      "A team address has only letters, digits and hyphens, e.g. manchester-graphene-coatings",
    ],
  ])("explains what is wrong with %j", (team, message) => {
    expect(errors(addTeamSchema.safeParse({ collection: "c", team }))).toEqual({ team: message });
  });

  it("limits the note", () => {
    expect(errors(addTeamSchema.safeParse({ collection: "c", team: "t", note: "x".repeat(281) }))).toEqual({
      note: "The note must be at most 280 characters",
    });
  });
});

describe("moving and deleting", () => {
  it("accepts only up and down", () => {
    expect(moveEntrySchema.safeParse({ collection: "c", team: "t", direction: "sideways" }).success).toBe(false);
  });

  it("needs the confirmation box ticked", () => {
    expect(errors(deleteCollectionSchema.safeParse({ collection: "c" }))).toEqual({
      confirm: "Tick the box to confirm that the collection should be deleted",
    });
    expect(deleteCollectionSchema.safeParse({ collection: "c", confirm: "on" }).success).toBe(true);
  });
});

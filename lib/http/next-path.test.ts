import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    ["/", "/"],
    ["/curate", "/curate"],
    ["/teams/robotics-lab?tab=cases#contact", "/teams/robotics-lab?tab=cases#contact"],
    ["/account/institutions", "/account/institutions"],
    ["/search?q=a%20b", "/search?q=a%20b"],
    ["/curate/../admin", "/admin"],
  ])("keeps the site's own path %s", (input, expected) => {
    expect(safeNextPath(input, "/fallback")).toBe(expected);
  });

  it.each([
    "/\t/evil.example/phish", // the reported reproduction, decoded
    "%2F%09%2Fevil.example%2Fphish",
    "/%09/evil.example/phish",
    "/\r\nSet-Cookie: x=1",
    "/%0d%0aSet-Cookie:%20x=1",
    "/account\n",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%2F/evil.example",
    "/%5C/evil.example",
    "/%252F%252Fevil.example",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "/ /evil.example",
    "/api/auth/sign-out",
    "/sign-in",
    "/sign-out",
    "/nowhere",
    "/%E0%A4%A",
    "relative/path",
    "",
    "/" + "a".repeat(600),
  ])("refuses %j", (input) => {
    expect(safeNextPath(input, "/fallback")).toBe("/fallback");
  });

  it("refuses anything that is not a string", () => {
    expect(safeNextPath(undefined, "/x")).toBe("/x");
    expect(safeNextPath(["/curate"], "/x")).toBe("/x");
    expect(safeNextPath(null)).toBe("/account");
  });
});

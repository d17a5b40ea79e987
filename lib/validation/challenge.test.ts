import { describe, expect, it } from "vitest";
import { CHALLENGE_MAX_LENGTH, challengeLength, checkChallenge } from "./challenge";

describe("checkChallenge", () => {
  it("accepts a long problem statement up to the limit, whitespace collapsed", () => {
    const text = `We run a bakery.\n\n${"Our ovens use too much gas. ".repeat(180)}`.slice(0, CHALLENGE_MAX_LENGTH);
    const r = checkChallenge(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.q.startsWith("We run a bakery. Our ovens")).toBe(true);
  });

  it("refuses text over the limit with the count and how much to cut, and says nothing was cut", () => {
    const r = checkChallenge("a".repeat(CHALLENGE_MAX_LENGTH + 234));
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/5,234 characters.*limit is 5,000.*by 234.*nothing has been cut/),
    });
  });

  it("counts characters as people do: an emoji or an accented letter is one", () => {
    expect(challengeLength("café")).toBe(4);
    expect(challengeLength("cafe\u0301")).toBe(4);
    expect(challengeLength("💧💧")).toBe(2);
    expect(checkChallenge("💧".repeat(CHALLENGE_MAX_LENGTH)).ok).toBe(false); // too long an address, said so
    expect(checkChallenge("💧".repeat(100)).ok).toBe(true);
  });

  it("asks for something when the box is empty or only spaces", () => {
    for (const v of ["", "   \n  ", undefined, 42]) expect(checkChallenge(v).ok).toBe(false);
  });

  it("an address-too-long refusal gives a length to aim for", () => {
    const r = checkChallenge("水処理".repeat(1_600));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/about [\d,]+ characters/);
  });
});

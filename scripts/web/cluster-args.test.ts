import { describe, expect, it } from "vitest";
import { workerExecArgv } from "./cluster-args";

describe("workerExecArgv", () => {
  it("keeps tsx's loader flags and drops the react-server condition in every spelling", () => {
    const tsx = ["--require", "/x/preflight.cjs", "--import", "file:///x/loader.mjs"];
    expect(workerExecArgv([...tsx, "--conditions=react-server"])).toEqual(tsx);
    expect(workerExecArgv([...tsx, "--conditions", "react-server", "--max-old-space-size=4096"])).toEqual([
      ...tsx,
      "--max-old-space-size=4096",
    ]);
    expect(workerExecArgv(["-C", "react-server"])).toEqual([]);
  });

  it("keeps other conditions", () => {
    expect(workerExecArgv(["--conditions=development"])).toEqual(["--conditions=development"]);
  });
});

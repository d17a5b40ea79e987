import { describe, expect, it } from "vitest";
import { comboboxKey, type ComboboxView } from "./combobox-keys";

const view = (over: Partial<ComboboxView> = {}): ComboboxView => ({ open: true, active: -1, count: 3, ...over });

describe("comboboxKey", () => {
  it("moves down through the options and wraps from the last to the first", () => {
    expect(comboboxKey("ArrowDown", view()).effect).toEqual({ kind: "move", active: 0 });
    expect(comboboxKey("ArrowDown", view({ active: 1 })).effect).toEqual({ kind: "move", active: 2 });
    expect(comboboxKey("ArrowDown", view({ active: 2 })).effect).toEqual({ kind: "move", active: 0 });
    expect(comboboxKey("ArrowDown", view()).preventDefault).toBe(true);
  });

  it("moves up, starting from the last option and wrapping from the first", () => {
    expect(comboboxKey("ArrowUp", view()).effect).toEqual({ kind: "move", active: 2 });
    expect(comboboxKey("ArrowUp", view({ active: 0 })).effect).toEqual({ kind: "move", active: 2 });
    expect(comboboxKey("ArrowUp", view({ active: 2 })).effect).toEqual({ kind: "move", active: 1 });
  });

  it("opens a closed popup with the arrows when it has options", () => {
    expect(comboboxKey("ArrowDown", view({ open: false })).effect).toEqual({ kind: "move", active: 0 });
  });

  it("leaves the arrows to the browser when there is nothing to move to", () => {
    expect(comboboxKey("ArrowDown", view({ count: 0 }))).toEqual({ effect: { kind: "none" }, preventDefault: false });
    expect(comboboxKey("ArrowUp", view({ count: 0 })).preventDefault).toBe(false);
  });

  it("jumps to the first or last option with Home and End while an option is active", () => {
    expect(comboboxKey("Home", view({ active: 2 }))).toEqual({
      effect: { kind: "move", active: 0 },
      preventDefault: true,
    });
    expect(comboboxKey("End", view({ active: 0 }))).toEqual({
      effect: { kind: "move", active: 2 },
      preventDefault: true,
    });
  });

  it("leaves Home and End to the text field while no option is active", () => {
    expect(comboboxKey("Home", view()).effect.kind).toBe("none");
    expect(comboboxKey("End", view({ open: false, active: 1 })).effect.kind).toBe("none");
  });

  it("chooses the active option with Enter, and otherwise lets Enter submit the form", () => {
    expect(comboboxKey("Enter", view({ active: 1 }))).toEqual({
      effect: { kind: "choose", index: 1 },
      preventDefault: true,
    });
    expect(comboboxKey("Enter", view()).preventDefault).toBe(false);
    expect(comboboxKey("Enter", view({ open: false, active: 1 })).effect.kind).toBe("none");
    expect(comboboxKey("Enter", view({ active: 3 })).effect.kind).toBe("none");
  });

  it("closes an open popup with Escape", () => {
    expect(comboboxKey("Escape", view({ active: 1 }))).toEqual({ effect: { kind: "close" }, preventDefault: true });
  });

  it("clears the field with Escape when the popup is closed, only where asked", () => {
    expect(comboboxKey("Escape", view({ open: false }), { clearOnEscape: true }).effect).toEqual({ kind: "clear" });
    expect(comboboxKey("Escape", view({ open: false })).effect.kind).toBe("none");
  });

  it("closes on Tab without keeping focus from leaving", () => {
    expect(comboboxKey("Tab", view({ active: 0 }))).toEqual({ effect: { kind: "close" }, preventDefault: false });
  });

  it("ignores every other key", () => {
    expect(comboboxKey("a", view({ active: 0 })).effect.kind).toBe("none");
    expect(comboboxKey("ArrowLeft", view({ active: 0 })).preventDefault).toBe(false);
  });
});

// chrono-node costs more per sentence than everything else: findDates must not call it where it
// cannot add anything, and must read a repeated sentence once. Counted with a spy around the
// real parsers (the results are chrono-node's own).
import { beforeEach, describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ de: 0, en: 0 }));

vi.mock("chrono-node/de", async (importOriginal) => {
  const real = await importOriginal<typeof import("chrono-node/de")>();
  return { ...real, parse: (...args: Parameters<typeof real.parse>) => (calls.de++, real.parse(...args)) };
});
vi.mock("chrono-node/en", async (importOriginal) => {
  const real = await importOriginal<typeof import("chrono-node/en")>();
  return { ...real, parse: (...args: Parameters<typeof real.parse>) => (calls.en++, real.parse(...args)) };
});

const { findDates } = await import("../../src/text/dates.js");
const MONDAY_23_NOV_2026 = { year: 2026, month: 11, day: 23 };

beforeEach(() => {
  calls.de = 0;
  calls.en = 0;
});

describe("findDates calls chrono-node only where it can add a date", () => {
  it("skips it when the German parser has read every date word", async () => {
    const dates = await findDates("Der Ersatz wird am Donnerstag, 07.05.2026 verschickt.", "de", MONDAY_23_NOV_2026);
    expect(dates).toMatchObject([{ text: "Donnerstag, 07.05.2026", weekday: 4, day: 7, month: 5, year: 2026 }]);
    expect(await findDates("Den Termin am 27. November bestätigen wir.", "de", MONDAY_23_NOV_2026)).toHaveLength(1);
    expect(calls.de).toBe(0);
  });

  it("calls it when words beside the German date may be dates", async () => {
    await findDates("Wir liefern am 27.11.2026, Sie hören in zwei Stunden von uns.", "de", MONDAY_23_NOV_2026);
    await findDates("Bestellung 41648 kommt am 27.11.2026.", "de", MONDAY_23_NOV_2026);
    await findDates("Wir melden uns am Vortag.", "de", MONDAY_23_NOV_2026);
    expect(calls.de).toBe(3);
  });

  it("reads a repeated sentence once per reference day", async () => {
    for (let i = 0; i < 3; i++) await findDates("We will call you on Friday, 27 November 2026.", "en", MONDAY_23_NOV_2026);
    expect(calls.en).toBe(1);
    await findDates("We will call you on Friday, 27 November 2026.", "en", { year: 2026, month: 11, day: 24 });
    expect(calls.en).toBe(2);
  });
});

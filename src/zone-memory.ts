// What a draft keeps per zone (its tokens and sentences, the engine's sentence views) is made on
// first use and shared by every rule. For a draft of ordinary size all of it stays until the
// draft is done. A very large one would keep it all too: a 5 MB reply thread has 28,000 zones
// and half a million tokens, about 20 bytes per character of text. So past a budget of zone text
// the zones used least recently drop what they made and make it again when asked. Everything
// dropped is computed from the draft's text alone, so a rule gets the same values either way:
// bounded memory for more CPU time, and only for drafts far larger than any real reply.

/** Characters of zone text whose caches a draft keeps at most (about 5 MB of them; a 5 MB thread: 235 MB peak and 6.9 s CPU, against 284 MB and 7.4 s with 1 million). */
export const ZONE_MEMORY_CHARS = 250_000;
/** The zones used last always keep their caches: a rule reading a zone may look at the one before. */
const ZONES_ALWAYS_KEPT = 8;

interface Held {
  size: number;
  forget: (() => void)[];
}

export class ZoneMemory {
  private readonly held = new Map<object, Held>();
  private chars = 0;
  private last: object | undefined;

  constructor(private readonly budget: number) {}

  /** Notes that `zone` (`size` characters of text) now holds what `forget` drops, and that it was used last. */
  hold(zone: object, size: number, forget: () => void): void {
    let held = this.held.get(zone);
    if (!held) {
      held = { size, forget: [] };
      this.held.set(zone, held);
      this.chars += size;
    }
    held.forget.push(forget);
    this.use(zone);
    this.shrink();
  }

  /** Marks `zone` as used last (Map order is the order of use). */
  use(zone: object): void {
    if (zone === this.last) return;
    this.last = zone;
    const held = this.held.get(zone);
    if (!held) return;
    this.held.delete(zone);
    this.held.set(zone, held);
  }

  private shrink(): void {
    for (const [zone, held] of this.held) {
      if (this.chars <= this.budget || this.held.size <= ZONES_ALWAYS_KEPT) return;
      this.held.delete(zone);
      this.chars -= held.size;
      for (const forget of held.forget) forget();
    }
  }
}

// Mail repeats sentences (canned replies, boilerplate, quoted history), so what the slow readers
// (chrono-node for dates) make of a sentence is kept by its text and
// each distinct sentence is read once per process. Bounded: when full it starts over, so a run
// over many drafts does not grow without limit.
const DEFAULT_LIMIT = 1_000;

export class SentenceCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** The value kept for `key`, or what `read` gives, kept from then on. */
  async get(key: string, read: () => Promise<V>): Promise<V> {
    if (this.entries.has(key)) return this.entries.get(key)!;
    const value = await read();
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}

// Hands results on in the order of their files although they are finished out of order (16
// files at a time in-process, batches in worker threads, cache hits at once): a result waits
// here only until every file before it is done, so reports come out in file order, as before
// they were streamed, while memory holds no more than the results that ran ahead.

export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  constructor(private readonly deliver: (item: T, index: number) => void) {}

  /** Item `index` (0-based, each index once) is done: deliver it and those it was holding back. */
  put(index: number, item: T): void {
    this.waiting.set(index, item);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.deliver(ready, this.next++);
    }
  }

  /** How many items have been delivered. */
  get delivered(): number {
    return this.next;
  }
}

/**
 * Records every service call the shell makes, in order, so tests can assert budgets, not
 * timings. Each call is classified:
 * - 'read': the answer depends on the document's current content or structure (getValues,
 *   getLastRow, getDataRange, getSheetByName, …). Apps Script queues writes and sends them
 *   when a read needs the document as it is now, so a read after a write forces a flush
 *   (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations).
 * - 'write': changes the document (setValues, styles, merges, widths, insertSheet, …).
 * - 'flush': SpreadsheetApp.flush(), sending the queued writes on purpose.
 * - 'other': neither (locks, the UI, range coordinates the script already knows, ids).
 */
export type CallKind = 'read' | 'write' | 'flush' | 'other';

export interface RecordedCall {
  readonly name: string;
  readonly kind: CallKind;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly sequence: RecordedCall[] = [];

  count(name: string, kind: CallKind = 'other'): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.sequence.push({ name, kind });
  }

  get total(): number {
    return this.sequence.length;
  }

  /** Every call since the last reset, in order. */
  get calls(): readonly RecordedCall[] {
    return this.sequence;
  }

  /**
   * Forced flushes: reads that come after a write not yet sent, each time the document goes
   * from written to read. Several reads in a row after one write cost one flush; an explicit
   * flush() sends the writes, so a read after it forces nothing.
   */
  get flushes(): number {
    let pending = false;
    let forced = 0;
    for (const { kind } of this.sequence) {
      if (kind === 'write') pending = true;
      else if (kind === 'flush') pending = false;
      else if (kind === 'read' && pending) {
        forced++;
        pending = false;
      }
    }
    return forced;
  }

  /** The reads made after the first write (what a test of "every read first" expects empty). */
  get readsAfterFirstWrite(): readonly RecordedCall[] {
    const first = this.sequence.findIndex((c) => c.kind === 'write');
    return first < 0 ? [] : this.sequence.slice(first).filter((c) => c.kind === 'read');
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.sequence.length = 0;
  }
}

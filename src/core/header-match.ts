/**
 * Headers the tool does not know exactly, but which are close to one it knows. Two kinds:
 * - taken: every word of a known header (of 2 words or more) is there, the rest are
 *   filler words or a note in brackets: «Bị kỷ luật» → «Kỷ luật», «Số phiếu HTXS (đồng ý)»
 *   → «Số phiếu HTXS»;
 * - suggested: short forms and typos, by edit distance or by word prefixes («P.HTT» →
 *   «Phiếu HTT»): never taken, named in a notice so the user can rename the header.
 */
import { foldKey } from './normalize';

export interface Known<K> {
  readonly key: K;
  /** foldKey of the alias. */
  readonly folded: string;
}

/** Words that add nothing to a header's meaning. */
const FILLER = new Set(['bi', 'da', 'dang', 'co', 'so', 'cua', 'la', 'cac', 'nam', 'ghi', 'x']);

function words(folded: string): string[] {
  return folded.split(' ').filter((w) => w !== '');
}

/** The header without what is in brackets: «Số phiếu HTXS (đồng ý)» → «Số phiếu HTXS». */
function withoutNotes(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
}

/** The key whose alias words all appear in the header, the rest being filler; undefined when none or several. */
export function takenMatch<K>(header: string, known: readonly Known<K>[]): K | undefined {
  const have = words(foldKey(withoutNotes(header)));
  if (have.length === 0) return undefined;
  const found = new Set<K>();
  for (const alias of known) {
    const want = words(alias.folded);
    if (want.length < 2 || !want.every((w) => have.includes(w))) continue;
    if (have.every((w) => want.includes(w) || FILLER.has(w))) found.add(alias.key);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Levenshtein distance, two rows of integers. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Each header word begins an alias word, in order, covering every alias word: «p htt» ~ «phieu htt». */
function abbreviates(have: readonly string[], want: readonly string[]): boolean {
  return have.length === want.length && have.every((w, i) => (want[i] ?? '').startsWith(w));
}

/** The closest known key for a header nobody matched, if one is close enough to suggest. */
export function suggestMatch<K>(header: string, known: readonly Known<K>[]): K | undefined {
  const folded = foldKey(withoutNotes(header));
  if (folded.length < 2) return undefined;
  const have = words(folded);
  let best: { key: K; distance: number } | undefined;
  for (const alias of known) {
    const distance = abbreviates(have, words(alias.folded)) ? 0 : editDistance(folded, alias.folded);
    const limit = Math.max(1, Math.floor(alias.folded.length / 5));
    if (distance <= limit && (!best || distance < best.distance)) best = { key: alias.key, distance };
  }
  return best?.key;
}

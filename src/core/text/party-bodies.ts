/**
 * How the upper party body is named in a document: the header writes the đảng bộ
 * («ĐẢNG BỘ HUYỆN PHÙ CÁT»), «Nơi nhận» its organising board («Ban Tổ chức Huyện ủy Phù
 * Cát»), and the closing request its committee («Đảng ủy xã An Bình»). People type any of
 * these forms in «Tên đảng bộ cấp trên»; each is turned into the others here.
 */
import { foldKey } from '../normalize';

/** [the đảng bộ's level word, its committee's name]: «huyện» ↔ «Huyện ủy». */
const LEVELS: readonly (readonly [string, string])[] = [
  ['huyện', 'Huyện ủy'],
  ['tỉnh', 'Tỉnh ủy'],
  ['thành phố', 'Thành ủy'],
  ['quận', 'Quận ủy'],
  ['thị xã', 'Thị ủy'],
];

/** The place name and level of what was typed: «Huyện ủy Phù Cát», «Đảng bộ huyện Phù Cát» → [huyện, Phù Cát]. */
function parse(typed: string): { level: string | null; rest: string } {
  const text = typed.trim().replace(/\s+/g, ' ');
  const words = text.split(' ');
  const folded = foldKey(text);
  for (const [level, committee] of LEVELS) {
    const committeeKey = foldKey(committee);
    if (folded.startsWith(`${committeeKey} `)) return { level, rest: words.slice(committee.split(' ').length).join(' ') };
    const bodyKey = `dang bo ${foldKey(level)} `;
    if (folded.startsWith(bodyKey)) return { level, rest: words.slice(2 + level.split(' ').length).join(' ') };
  }
  if (folded.startsWith('dang bo ') || folded.startsWith('dang uy ')) return { level: null, rest: words.slice(2).join(' ') };
  return { level: null, rest: text };
}

/** «Đảng bộ huyện Phù Cát» (for the header, upper-cased there). */
export function partyBodyName(typed: string): string {
  const { level, rest } = parse(typed);
  return level ? `Đảng bộ ${level} ${rest}` : `Đảng bộ ${rest}`;
}

/** «Huyện ủy Phù Cát», or «Đảng ủy xã An Bình» below the district level. */
export function partyCommitteeName(typed: string): string {
  const { level, rest } = parse(typed);
  const committee = LEVELS.find(([l]) => l === level)?.[1];
  return committee ? `${committee} ${rest}` : `Đảng ủy ${rest}`;
}

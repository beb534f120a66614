/**
 * The name of each chi bộ's decision sheet: «QĐ - <chi bộ>», cut to the 100 characters a
 * sheet name may have in Google Sheets, and made unique (Sheets refuses two sheets whose
 * names differ only in case, so they are compared without case) by « (2)», « (3)» ….
 */
import { DANG_UY_SHEETS } from '../text/dang-uy';

/** Google Sheets' longest sheet name. */
export const MAX_SHEET_NAME = 100;

function cut(text: string, length: number): string {
  // Cut by code points, so no half of a surrogate pair is left at the end.
  return [...text].slice(0, length).join('').trimEnd();
}

/**
 * One name per chi bộ, in order, none equal (case ignored) to another or to `reserved`
 * (the đảng ủy's other sheets).
 */
export function decisionSheetNames(chiBoNames: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return chiBoNames.map((chiBo) => {
    const base = `${DANG_UY_SHEETS.decisionPrefix}${chiBo.trim().replace(/\s+/g, ' ')}`;
    let name = cut(base, MAX_SHEET_NAME);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

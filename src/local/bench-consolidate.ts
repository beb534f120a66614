/**
 * The đảng ủy's consolidation at scale, for `npm run bench` (issue 13): `consolidate DIR --json`
 * on 100 chi bộ of 30–70 members (about 5,000 members) beside `classify` on one chi bộ of
 * 5,000, and on 1,000 chi bộ (about 50,000 members). Each run is a child process of the built
 * CLI, measured by `measureCommand` (bench-measure.ts). The chi
 * bộ files are generated (src/local/sample-dang-bo.ts) and written into the bench folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCommand } from './bench-measure';
import { chiBoWorkbook, generatedChiBo } from './sample-dang-bo';
import { saveXlsxFile } from './xlsx';

export interface ConsolidateMeasure {
  readonly chiBo: number;
  readonly members: number;
  readonly seconds: number;
  readonly peakMb: number;
}

export interface ConsolidateBench {
  /** `consolidate DIR --json` over 100 chi bộ. */
  readonly dangBo100: ConsolidateMeasure;
  /** `classify FILE --json` on one chi bộ with as many members as the 100 together. */
  readonly oneChiBo: ConsolidateMeasure;
  /** `consolidate DIR --json` over 1,000 chi bộ. */
  readonly dangBo1000: ConsolidateMeasure;
}

/** Chi bộ u has 30–70 members: 30 + 13·u mod 41. */
export function benchChiBoSize(unit: number): number {
  return 30 + ((13 * unit) % 41);
}

/** Writes `count` generated chi bộ files into `dir` (emptied first); returns how many members they hold. */
export async function writeDangBo(dir: string, count: number, size = benchChiBoSize): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let members = 0;
  for (let unit = 0; unit < count; unit++) {
    const spec = generatedChiBo(unit, size(unit));
    members += spec.members;
    writeFileSync(join(dir, spec.file), (await saveXlsxFile(chiBoWorkbook(spec, unit))).bytes);
  }
  return members;
}

/** The three runs; `root` holds build/cli.mjs, `out` is the bench folder. */
export async function consolidateBench(root: string, out: string): Promise<ConsolidateBench> {
  const dir100 = join(out, 'dang-bo-100');
  const members100 = await writeDangBo(dir100, 100);
  const dangBo100 = { chiBo: 100, members: members100, ...measureCommand(root, out, ['consolidate', dir100], 'consolidate') };

  const one = join(out, `chi-bo-${members100}.xlsx`);
  writeFileSync(one, (await saveXlsxFile(chiBoWorkbook(generatedChiBo(0, members100), 0))).bytes);
  const oneChiBo = { chiBo: 1, members: members100, ...measureCommand(root, out, ['classify', one], 'consolidate') };

  const dir1000 = join(out, 'dang-bo-1000');
  const members1000 = await writeDangBo(dir1000, 1000);
  const dangBo1000 = { chiBo: 1000, members: members1000, ...measureCommand(root, out, ['consolidate', dir1000], 'consolidate') };
  return { dangBo100, oneChiBo, dangBo1000 };
}

/** The rows of the bench's table. */
export function consolidateRows(b: ConsolidateBench): string[][] {
  const row = (label: string, m: ConsolidateMeasure) => [
    label,
    m.chiBo.toLocaleString('en'),
    m.members.toLocaleString('en'),
    m.seconds.toFixed(2),
    m.peakMb.toFixed(0),
  ];
  return [
    ['run', 'chi bo', 'members', 'wall time (s)', 'peak memory (MB)'],
    row('consolidate DIR --json', b.dangBo100),
    row('classify FILE --json', b.oneChiBo),
    row('consolidate DIR --json', b.dangBo1000),
  ];
}

/**
 * Golden outputs of the QĐ 366 sample (src/local/sample-qd366.ts, `phan-loai demo --profile
 * qd366-2025`), each derived by hand from /work/shared/DESIGN-QD366.md §3 (and
 * src/core/qd366/member.ts), in a line a reader can check.
 *
 * Only codes and numbers are asserted, never Vietnamese text.
 *
 * The rules every row depends on (scores in hundredths, integers only):
 * - S = Điểm tiêu chí chung + Điểm kết quả nhiệm vụ, or «Tổng điểm». Bands: S ≥ 90 HTXS,
 *   70 ≤ S < 90 HTT, 50 ≤ S < 70 HT; S < 50 is a KHT trigger.
 * - KHT triggers: discipline; a listed fault; 2·(giao − hoàn thành) > giao; for a leader (2A):
 *   100·hoàn thành < 70·giao, low-confidence votes > 50%, units led rated KHT > 50%.
 * - Conditions, from the band down: HTXS = all done, 0 late, 10·vượt mức ≥ 3·giao, «Khắc
 *   phục» not Không; HTT = all done, 0 late; HT = all done, 5·chậm ≤ giao. None → CXL (open case).
 * - Group: «Nhóm đối tượng», else 2A when «Lãnh đạo, quản lý» = Có, else 2B.
 * - «Biểu quyết tại chi bộ» = Không: no votes, the level is the criteria level.
 * - Quota: P = 20 (no «Hạn mức HTXS (%)», not an outstanding unit), per group:
 *   allowed = ⌊20·T/120⌋ = ⌊T/6⌋, T = the group's members at HTXS or HTT; ranked by S, ties at
 *   the cut-off all demoted.
 * - The meeting is on 15/12/2025 («Ngày họp»); every member was admitted more than 6 months before.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/core/levels';
import { runClassification } from '../../src/core/run';
import { QD366_TEXT } from '../../src/core/text/messages';
import type { PeerGroup } from '../../src/core/vocab';
import type { WarningCode } from '../../src/core/warnings';
import { sampleQd366RosterGrid, sampleQd366SettingsGrid } from '../../src/local/sample-qd366';

const run = runClassification({
  roster: sampleQd366RosterGrid(),
  settings: sampleQd366SettingsGrid(),
  today: { year: 2025, month: 12, day: 15 },
});

type Decision = '' | 'chi bộ' | 'cấp trên';

/** [sheet row, name, group, S in hundredths, result before the quota, final result, warnings, decision, why]. */
type Golden = readonly [number, string, PeerGroup | null, number | null, Outcome, Outcome, WarningCode[], Decision, string];

// biome-ignore format: one member per line, read as a table
const GOLDEN: readonly Golden[] = [
  // 2A: leaders and managers.
  [2, 'Trần Thị Mai Hương', 'leader', 9450, 'HTXS', 'HTXS', [], '', 'group blank + Lãnh đạo Có → 2A; S = 28,5 + 66 = 94,5 (= Tổng điểm) ≥ 90; 10/10 done, 0 late, 10·4 = 40 ≥ 30 → HTXS; top score of 2A, kept'],
  [3, 'Nguyễn Văn Hùng', 'leader', 9300, 'HTT', 'HTT', [], '', 'S = 28 + 65 = 93 ≥ 90, but 10·3 = 30 < 3·12 = 36 above → not HTXS; 12/12 done, 0 late → HTT'],
  [4, 'Lê Thị Thu Trang', 'leader', 7600, 'KHT', 'KHT', [], '', '2A, units led KHT 66,67% > 50% → KHT (S = 24 + 52 = 76; 1 of 10 not done: 2·1 ≤ 10, 100·9 ≥ 70·10)'],
  [5, 'Phạm Minh Tuấn', 'leader', 6700, 'KHT', 'KHT', [], '', '2A, area 6/10 done: 100·6 = 600 < 70·10 = 700 → KHT (4 not done: 2·4 = 8 ≤ 10, not the 50% trigger; S = 22 + 45 = 67 ≥ 50)'],
  [6, 'Võ Thị Ngọc Lan', 'leader', 8000, 'KHT', 'KHT', [], '', '2A, low-confidence votes 55% > 50% → KHT (S = 25 + 55 = 80; 10/10 done)'],
  [7, 'Huỳnh Thị Kim Oanh', 'leader', 9150, 'HTXS', 'HTT', ['quotaDemoted'], '', 'S = 27 + 64,5 = 91,5 ≥ 90; 10/10, 0 late, 4/10 above → HTXS; 2A allows 1 and 91,5 < 94,5 → demoted to HTT'],
  [8, 'Mai Văn Đức', 'leader', 8625, 'HTT', 'HTT', [], '', 'S = 26 + 60,25 = 86,25 → HTT band; 9/9 done, 0 late → HTT'],
  [9, 'Cao Thị Hoài Thương', 'leader', 8350, 'HTT', 'HTT', [], '', 'S = 25,5 + 58 = 83,5 → HTT band; 8/8, 0 late → HTT'],
  [10, 'Kiều Văn Toàn', 'leader', 7800, 'HTT', 'HTT', [], '', 'S = 24 + 54 = 78 → HTT band; 6/6, 0 late → HTT'],
  // 2B: teachers and staff.
  [11, 'Đặng Quốc Bảo', 'member', 8975, 'HTT', 'HTT', [], '', 'group blank + Lãnh đạo Không → 2B; S = 29 + 60,75 = 89,75 < 90 → HTT band; 8/8, 0 late → HTT'],
  [12, 'Bùi Văn Thành', 'member', 9200, 'HTXS', 'HTT', ['quotaTieByScore'], '', 'S = 27,5 + 64,5 = 92; 10/10, 0 late, 10·3 = 30 ≥ 30 → HTXS; 2B allows 1, tied with Nhung at 92 on the cut-off → HTT'],
  [13, 'Ngô Thị Hồng Nhung', 'member', 9200, 'HTXS', 'HTT', ['quotaTieByScore'], '', 'S = 28 + 64 = 92; 10/10, 0 late, 5/10 above → HTXS; tied with Thành at 92 → HTT, the competent level chooses'],
  [14, 'Đỗ Minh Khang', 'member', 9050, 'HTT', 'HTT', [], '', 'S = 27 + 63,5 = 90,5 ≥ 90, 4/10 above, but Khắc phục hạn chế kỳ trước = Không → not HTXS; 10/10, 0 late → HTT'],
  [15, 'Lý Thị Bích Ngọc', 'member', 8050, 'HTT', 'HTT', [], '', 'S = 24 + 56,5 = 80,5 → HTT band; 9/9, 0 late → HTT'],
  [16, 'Trương Văn Lợi', 'member', 7300, 'HTT', 'HTT', [], '', '5 months sick: no cap, only the note; S = 23 + 50 = 73 → HTT band; 6/6, 0 late → HTT'],
  [17, 'Phan Thị Thanh Thủy', 'member', 8400, 'HT', 'HT', [], '', 'maternity: note only; S = 24 + 60 = 84 → HTT band; 1 late fails HTT; 8/8 done, 5·1 = 5 ≤ 8 → HT'],
  [18, 'Tạ Quang Vinh', 'member', 8000, 'CXL', 'CXL', ['openCase'], '', 'S = 22 + 58 = 80 → HTT band; 8/10 done: no trigger (2·2 = 4 ≤ 10), HTT and HT need all done → open case, CXL for the competent level'],
  [19, 'Hồ Văn Sang', 'member', 7300, 'KHT', 'KHT', [], '', 'Đang chấp hành kỷ luật = Có → KHT (S = 21 + 52 = 73)'],
  [20, 'Dương Thị Yến', 'member', 5800, 'KHT', 'KHT', [], '', '4/10 done: 2·(10 − 4) = 12 > 10 → KHT (S = 20 + 38 = 58 ≥ 50)'],
  [21, 'Lưu Thị Phương', 'member', 7800, 'KHT', 'KHT', [], '', 'fault «Vi phạm trách nhiệm nêu gương…» (a QĐ 366 trigger) → KHT (S = 23 + 55 = 78)'],
  [22, 'Châu Minh Nhật', 'member', 7775, 'HTT', 'HT', [], 'chi bộ', 'S = 25 + 52,75 = 77,75 → HTT band; 8/8, 0 late → HTT; «Kết luận chi bộ» = HT (below the criteria: no warning) → HT, a proposal'],
  [23, 'Trịnh Thị Mỹ Duyên', 'member', 8500, 'HTT', 'HTT', [], '', 'Dự bị, admitted 15/03/2024 (≥ 6 months); S = 25 + 60 = 85; 8/8, 0 late → HTT'],
  // 2C: retired members.
  [24, 'Nguyễn Thị Lệ', 'outside', 8800, 'HTT', 'HTT', [], '', 'Nhóm «Không làm việc trong hệ thống chính trị» → 2C; S = Tổng điểm 88 → HTT band; 4/4, 0 late → HTT'],
  [25, 'Phạm Văn Tư', 'outside', 8000, 'CXL', 'HT', [], 'cấp trên', '2C (Lãnh đạo Không); S = 24 + 56 = 80; 5/5 done, 2 late: HTT needs 0, HT needs 5·2 = 10 ≤ 5 → open case; Kết luận chi bộ HTT, «Quyết định cấp trên» HT wins → HT, and the decision settles the open case (no warning left)'],
  [26, 'Lê Văn Sáu', 'outside', 4750, 'KHT', 'KHT', [], '', 'Nhóm «Nghỉ hưu» → 2C; S = 18 + 29,5 = 47,5 < 50 → KHT'],
  [27, 'Tôn Nữ Diệu Hiền', 'outside', null, 'KXL', 'KXL', [], '', 'Tình trạng «Miễn sinh hoạt» → KXL (no score needed)'],
];

describe('golden outputs of the QĐ 366 sample (26 members)', () => {
  it('reads the sample under QĐ 366 without any error or notice', () => {
    expect(run.settings.profile.id).toBe('qd366-2025');
    expect(run.fatal).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.settingErrors).toEqual([]);
    expect(run.notices).toEqual([]);
    expect(run.results).toHaveLength(26);
  });

  it.each(GOLDEN)(
    'row %i %s: group %s, S %s, before quota %s, result %s, warnings %j, decision «%s» (%s)',
    (row, name, group, score, ruleResult, result, warnings, decision) => {
      const found = run.results.filter((r) => r.member.name === name);
      expect(found).toHaveLength(1);
      const r = found[0]!;
      expect(r.member.row).toBe(row);
      expect({
        group: r.group,
        score: r.score,
        ruleResult: r.ruleResult,
        result: r.result,
        warnings: r.warnings,
        overridden: r.overridden,
        decided: r.decided,
      }).toEqual({
        group,
        score,
        ruleResult,
        result,
        warnings,
        overridden: decision !== '',
        decided: decision === 'cấp trên',
      });
    },
  );

  it('the golden table covers every member, in roster order', () => {
    expect(run.results.map((r) => r.member.name)).toEqual(GOLDEN.map((g) => g[1]));
  });

  it('the KHT triggers: one each, so every KHT row above names exactly one cause', () => {
    const kht = run.results.filter((r) => r.result === 'KHT');
    expect(kht.map((r) => r.member.row)).toEqual([4, 5, 6, 19, 20, 21, 26]);
    for (const r of kht) expect(r.meetsKhtCriteria).toBe(true);
  });

  it('quota per group: 2A T = 6 → ⌊120/120⌋ = 1; 2B T = 8 → ⌊160/120⌋ = 1 (tie at 92); 2C T = 1 → 0', () => {
    // Before the quota (results by the rules):
    //   2A: HTXS Hương 94,5 and Oanh 91,5; HTT Hùng, Đức, Thương, Toàn → T = 6, allowed 1: Hương kept.
    //   2B: HTXS Thành 92 and Nhung 92; HTT Bảo, Khang, Ngọc, Lợi, Nhật, Duyên → T = 8, allowed 1;
    //       the first one out (92) equals the last one in (92) → both demoted, none kept.
    //   2C: HTT Lệ → T = 1, allowed 0; no candidate.
    const baseBeforeQuota = (group: PeerGroup) =>
      run.results.filter((r) => r.group === group && (r.ruleResult === 'HTXS' || r.ruleResult === 'HTT')).length;
    expect([baseBeforeQuota('leader'), baseBeforeQuota('member'), baseBeforeQuota('outside')]).toEqual([6, 8, 1]);
    // The summary is taken after the decisions: Nhật (HTT → HT by «Kết luận chi bộ») leaves 2B,
    // so 2B's base is 7 and ⌊140/120⌋ = 1.
    expect(run.quota.groups).toEqual([
      { group: 'leader', percent: 20, base: 6, allowed: 1, used: 1, exceeded: false },
      { group: 'member', percent: 20, base: 7, allowed: 1, used: 0, exceeded: false },
      { group: 'outside', percent: 20, base: 1, allowed: 0, used: 0, exceeded: false },
    ]);
    expect(run.quota).toMatchObject({ percent: 20, base: 14, allowed: 2, used: 1, exceeded: false });
  });

  it('counts: 1 HTXS, 13 HTT, 3 HT, 7 KHT, 1 KXL, 1 CXL (26 in all)', () => {
    // HTT = 2A Hùng, Oanh, Đức, Thương, Toàn (5) + 2B Bảo, Thành, Nhung, Khang, Ngọc, Lợi, Duyên (7) + 2C Lệ;
    // HT = Thủy (late task), Nhật (Kết luận chi bộ), Tư (Quyết định cấp trên);
    // KHT = Trang, Tuấn, Lan, Sang, Yến, Phương, Sáu; KXL = Hiền (exempt); CXL = Vinh (open case).
    expect(run.counts).toEqual({ HTXS: 1, HTT: 13, HT: 3, KHT: 7, KXL: 1, CXL: 1 });
  });

  it('sick leave of 5 months (≥ 3) and maternity leave: the note on actual work, no cap; nobody else gets it', () => {
    const note = QD366_TEXT.actualWork(3);
    const withNote = run.results.filter((r) => r.explanation.includes(note)).map((r) => r.member.name);
    expect(withNote).toEqual(['Trương Văn Lợi', 'Phan Thị Thanh Thủy']);
  });

  it('chi bộ: S = 26,5 + 62 = 88,5 → HTT band; 12/12 done, 0 late → HTT; no KHT flag', () => {
    expect(run.chiBo).toMatchObject({ result: 'HTT', score: 8850, needsDecision: false });
  });
});

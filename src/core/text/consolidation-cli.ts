/** Words of `phan-loai consolidate` and `phan-loai demo-dang-bo` (issue 13): messages and the summary printed. */

export const CONSOLIDATE_CLI = {
  optionNotFor: (option: string, command: string) =>
    `Lệnh «${command}» không dùng tùy chọn ${option}. Xem các tùy chọn của từng lệnh bằng «phan-loai --help».`,
  missingChiBoFiles:
    'Thiếu tệp của các chi bộ: hãy ghi tên thư mục chứa các tệp .xlsx của chi bộ, hoặc tên từng tệp, ví dụ «phan-loai consolidate cac-chi-bo».',
  scopeHint: 'cần «dang-bo» (hạn mức tính trong toàn đảng bộ) hoặc «chi-bo» (tính riêng từng chi bộ).',
  noXlsxInFolder: (dir: string) =>
    `Thư mục «${dir}» không có tệp .xlsx nào của chi bộ. Hãy chép vào đó tệp Excel của từng chi bộ (mỗi tệp có trang «Danh sách» và «Cấu hình»).`,
  sameFileTwice: (file: string) =>
    `Tệp «${file}» có mặt hai lần trong lệnh (ghi tên hai lần, hoặc vừa ghi tên tệp vừa ghi thư mục chứa nó): mỗi chi bộ chỉ được tính một lần. Hãy bỏ bớt một lần rồi chạy lại; không có tệp nào được ghi.`,
  /** --quota-percent or --small-group-one when the member quota stays per chi bộ, where they would do nothing. */
  quotaOptionsPerChiBo: (options: string, plan2023: boolean) =>
    `Không tổng hợp được; không có tệp nào được ghi: ${options} chỉ dùng khi hạn mức HTXS của đảng viên tính trong toàn đảng bộ, ${
      plan2023
        ? 'mà các chi bộ dùng bộ quy tắc «Kế hoạch chi bộ 2023», theo đó hạn mức tính riêng từng chi bộ'
        : 'mà lệnh có «--quota-scope chi-bo» (hạn mức tính riêng từng chi bộ)'
    }. Khi đó mỗi chi bộ dùng hạn mức trong trang «Cấu hình» của mình: hãy bỏ ${options}, hoặc sửa «Hạn mức HTXS (%)» trong tệp của chi bộ.`,
  /** Row and setting errors found in the chi bộ's files: the run goes on, the đảng ủy is told where. */
  dataErrors: (n: number) =>
    `Lỗi dữ liệu trong tệp của các chi bộ: ${n}. Đảng viên ở dòng có lỗi «Chưa xếp loại»; hãy báo chi bộ sửa tệp rồi tổng hợp lại:`,
  dataError: (file: string, message: string) => `  • Tệp «${file}»: ${message}`,
  refused: (problems: readonly string[]) =>
    ['Không tổng hợp được; không có tệp nào được ghi:', ...problems.map((p) => `- ${p}`)].join('\n'),
  title: (chiBo: number, members: number) => `Tổng hợp của đảng ủy: ${chiBo} chi bộ, ${members} đảng viên`,
  chiBoLine: (name: string, members: number, counts: string, proposed: string, level: string) =>
    proposed === level
      ? `  ${name}: ${members} đảng viên (${counts}); chi bộ: ${level}`
      : `  ${name}: ${members} đảng viên (${counts}); chi bộ: ${proposed} → ${level}`,
  changed: (n: number) => `Đảng viên được đảng ủy xếp loại khác đề nghị của chi bộ: ${n}`,
  collective: (p: number, base: number, allowed: number, used: number) =>
    `Hạn mức chi bộ HTXS: ${p}% số chi bộ HTT — ${base} chi bộ HTXS/HTT, được tối đa ${allowed}, đã xếp ${used}`,
  scopeDangBo: 'Hạn mức HTXS của đảng viên tính theo từng nhóm đối tượng trong toàn đảng bộ.',
  scopeChiBo: 'Hạn mức HTXS của đảng viên tính riêng trong từng chi bộ.',
} as const;

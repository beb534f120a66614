/** Words of the đảng ủy's consolidation over its chi bộ (issue 13): problems and the chi bộ levels' quota. */

export const CONSOLIDATION_TEXT = {
  problems: {
    unusable: (source: string, detail: string) => `Tệp «${source}» không dùng được: ${detail}`,
    noChiBo: 'Chưa có chi bộ nào để tổng hợp.',
    duplicateName: (name: string, sources: string) =>
      `Hai tệp cùng tên chi bộ «${name}»: ${sources}. Hãy sửa «Tên chi bộ» trong trang «Cấu hình» của một tệp.`,
    /** `byProfile`: each profile's name with the chi bộ (and their files) that use it. */
    mixedProfiles: (byProfile: readonly (readonly [profile: string, chiBo: readonly string[]])[]) =>
      `Các chi bộ dùng bộ quy tắc khác nhau (${byProfile.map(([profile, chiBo]) => `«${profile}»: ${chiBo.join(', ')}`).join('; ')}): hãy thống nhất «Bộ quy tắc» trong trang «Cấu hình», hoặc chọn một bộ quy tắc cho lần tổng hợp.`,
    /** A chi bộ named with the file it came from, in the list of mixedProfiles. */
    chiBoWithSource: (name: string, source: string) => `${name} (tệp «${source}»)`,
  },
  collective: {
    demoted: (allowed: number, percent: number, score: string) =>
      allowed === 0
        ? `Hạ xuống Hoàn thành tốt nhiệm vụ vì hạn mức tổ chức đảng HTXS (${percent}% số HTT trong đảng bộ) chưa cho phép chi bộ nào đạt HTXS; điểm là ${score}.`
        : `Hạ xuống Hoàn thành tốt nhiệm vụ vì hạn mức tổ chức đảng HTXS (${percent}% số HTT trong đảng bộ, tối đa ${allowed} chi bộ); điểm là ${score}, thấp hơn các chi bộ được giữ.`,
    tie: (score: string, allowed: number) =>
      `Tạm xếp Hoàn thành tốt nhiệm vụ: bằng điểm (${score}) với chi bộ khác tại ngưỡng hạn mức tổ chức đảng HTXS (${allowed} chi bộ); Đảng ủy xem xét, quyết định.`,
  },
} as const;

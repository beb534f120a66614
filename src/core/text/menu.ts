/**
 * The captions of the add-on's menu. A module of its own with no imports: onOpen, which runs
 * each time the spreadsheet is opened, compiles this and the menu bar only.
 */
export const MENU = {
  title: 'Phân loại',
  setupTemplate: 'Tạo bảng mẫu',
  recompute: 'Tính lại',
  report: 'Tạo báo cáo',
  ballots: 'In phiếu đánh giá',
  reviewOrder: 'Trình tự kiểm điểm',
  exportPdf: 'Xuất PDF',
  minutes: 'Biên bản hội nghị',
  exportDocs: 'Xuất bản Word/Google Docs',
  sidebar: 'Mở bảng điều khiển',
  help: 'Hướng dẫn',
} as const;

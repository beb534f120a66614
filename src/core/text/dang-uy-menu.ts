/**
 * The captions of the đảng ủy's menu. A module of its own with no imports: onOpen, which runs
 * each time the đảng ủy's spreadsheet is opened, compiles this and the menu bar only.
 */
export const DANG_UY_MENU = {
  title: 'Phân loại — Đảng ủy',
  setupTemplate: 'Tạo bảng mẫu',
  consolidate: 'Tổng hợp',
  help: 'Hướng dẫn',
} as const;

/**
 * Messages about reading the roster file given to the CLI (src/local/load-input.ts, csv.ts).
 * Kept apart from CLI, and not re-exported from index.ts, so that neither the sidebar nor
 * Code.js carries them: CLI stays in those bundles (its usage text is computed).
 */
export const INPUT_FILE = {
  notFound: (file: string) =>
    `Không tìm thấy tệp «${file}». Hãy kiểm tra lại tên tệp và thư mục chứa tệp (có thể ghi đường dẫn đầy đủ của tệp), rồi chạy lại.`,
  isDirectory: (file: string) =>
    `«${file}» là một thư mục, không phải tệp. Hãy ghi tên tệp danh sách (.xlsx hoặc .csv) nằm trong thư mục đó, rồi chạy lại.`,
  badExtension: (file: string) =>
    `Tệp «${file}» không phải .xlsx hoặc .csv. Hãy mở danh sách bằng Excel hoặc Google Trang tính, lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)» hoặc «CSV UTF-8», rồi chạy lại với tệp mới.`,
  notAFile: (file: string) =>
    `«${file}» không phải một tệp thông thường. Hãy ghi tên tệp danh sách (.xlsx hoặc .csv), rồi chạy lại.`,
  noPermission: (file: string) =>
    `Không có quyền đọc tệp «${file}». Hãy cấp quyền đọc tệp cho tài khoản đang chạy lệnh (hoặc chép tệp vào một thư mục của mình), rồi chạy lại.`,
  busy: (file: string) =>
    `Tệp «${file}» đang bị một chương trình khác giữ. Hãy đóng tệp trong chương trình đó (ví dụ Excel), rồi chạy lại.`,
  cannotRead: (file: string, detail: string) =>
    `Không đọc được tệp «${file}». Hãy kiểm tra tệp còn mở được bằng Excel hay không, chép tệp vào ổ đĩa của máy, rồi chạy lại. (chi tiết: ${detail})`,
  damagedXlsx: (file: string, detail: string) =>
    `Tệp «${file}» không phải tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng. Hãy mở tệp bằng Excel hoặc Google Trang tính và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)» (trong Excel: Tệp → Lưu như), hoặc lưu trang danh sách dưới dạng «CSV UTF-8», rồi chạy lại. (chi tiết: ${detail})`,
  noWorksheets: 'tệp không có trang tính nào',
  csvEncoding: (file: string) =>
    `Không đọc được chữ trong tệp «${file}»: tệp không được lưu bằng bảng mã UTF-8, UTF-16 hay Windows-1258 (có thể là bảng mã cũ TCVN3 (ABC) hoặc VNI). Hãy mở tệp bằng Excel và lưu lại dưới dạng «CSV UTF-8» (trong Excel: Tệp → Lưu như → chọn kiểu tệp «CSV UTF-8»), rồi chạy lại. Nếu chữ tiếng Việt được gõ bằng phông TCVN3 (.VnTime) hoặc VNI, hãy chuyển mã sang Unicode trước (ví dụ bằng công cụ chuyển mã của UniKey).`,
  csvQuote: (file: string, line: number) =>
    `Tệp «${file}» có dấu ngoặc kép (") bị thiếu hoặc thừa ở dòng ${line}, nên các ô và các dòng sau nó bị đọc gộp vào một ô. Hãy mở tệp bằng một trình soạn thảo văn bản (ví dụ Notepad) và sửa dòng ${line}: xóa dấu ngoặc kép thừa; nếu một ô cần có dấu ngoặc kép thì đặt cả ô trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (""). Sau đó chạy lại.`,
} as const;

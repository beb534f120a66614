/** Entry of `npm run preview` (bundled to build/preview.mjs). */
import { sampleWorkbook } from './sample';
import { startPreview } from './preview-server';

const port = Number(process.env.PORT ?? 8080);
startPreview(sampleWorkbook(), port).then(
  (preview) => process.stdout.write(`Bảng điều khiển (bản xem thử, dữ liệu mẫu): ${preview.url}\nNhấn Ctrl+C để dừng.\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

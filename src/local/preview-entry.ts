/** Entry of `npm run preview` (bundled to build/preview.mjs). */
import { CLI } from '../core/text/cli';
import { sampleWorkbook } from './sample';
import { startPreview } from './preview-server';

const port = Number(process.env.PORT ?? 8080);
startPreview(sampleWorkbook(), port).then(
  (preview) => process.stdout.write(`${CLI.previewStarted(preview.url)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

/** Node entry of the `phan-loai` bin (bundled to build/cli.mjs). */
import { CLI } from '../core/text';
import { main } from './cli';
import { terminalText } from './terminal-text';

/** Whatever escapes `main` (an error thrown from a library's callback): a message, never a stack trace. */
function crashed(error: unknown): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${terminalText(CLI.crashed(detail))}\n`);
  process.exit(1);
}

process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: new Date(),
}).then((code) => {
  process.exitCode = code;
}, crashed);

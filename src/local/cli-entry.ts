/** Node entry of the `phan-loai` bin (bundled to build/cli.mjs). */
import { CLI } from '../core/text/cli';
import { main } from './cli';
import { STAGES_ENV, STAGES_LINE, stageClock } from './stage-clock';
import { terminalText } from './terminal-text';

/** Whatever escapes `main` (an error thrown from a library's callback): a message, never a stack trace. */
function crashed(error: unknown): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${terminalText(CLI.crashed(detail))}\n`);
  process.exit(1);
}

process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

// Only `npm run bench` asks for the stage times.
const clock = process.env[STAGES_ENV] === '1' ? stageClock() : undefined;

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: new Date(),
  ...(clock && { stage: clock.mark }),
}).then((code) => {
  if (clock) process.stderr.write(`${STAGES_LINE}${JSON.stringify(clock.totals())}\n`);
  process.exitCode = code;
}, crashed);

// Builds everything into build/: the CLI bundle (Node) and, when present, the Apps Script
// bundle in build/gas (clasp's rootDir). Run with `npm run build`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(root, 'src/local/cli-entry.ts')],
  outfile: join(out, 'cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

const gasBuild = join(root, 'scripts/build-gas.mjs');
if (existsSync(gasBuild)) {
  const { buildGas } = await import(gasBuild);
  await buildGas(root);
}
writeFileSync(join(out, '.stamp'), new Date().toISOString());

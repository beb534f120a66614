// Builds everything into build/: the CLI bundle (Node) and, when present, the two Apps Script
// projects: build/gas (the chi bộ add-on, clasp's rootDir) and build/gas-dang-uy (the đảng
// ủy's project, .clasp-dang-uy.json). Run with `npm run build`.
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
mkdirSync(out, { recursive: true });

const bundles = [
  ['src/local/cli-entry.ts', 'cli.mjs'],
  ['src/local/preview-entry.ts', 'preview.mjs'],
  ['src/local/bench.ts', 'bench.mjs'],
];
for (const [entry, file] of bundles) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(out, file),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

const gasBuild = join(root, 'scripts/build-gas.mjs');
if (existsSync(gasBuild)) {
  const { buildGas, buildGasDangUy } = await import(gasBuild);
  await buildGas(root);
  await buildGasDangUy(root);
}
writeFileSync(join(out, '.stamp'), new Date().toISOString());

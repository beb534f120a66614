// An Apps Script project's Code.js (the chi bộ add-on's, the đảng ủy's) as modules compiled on
// first use. Every Apps Script execution (each open of the spreadsheet, each custom-function
// call, each menu click) starts a runtime that compiles all of Code.js before running
// anything; V8's cost is the length of the code it parses. So Code.js compiles at load only
// the modules of the first entry group (onOpen's menu), and keeps every other module as a
// string that `new Function` compiles the first time an entry point needs it
// (docs/architecture.md «Cold start»).
//
// esbuild splits the entry groups into ES modules and shared chunks (format esm, splitting);
// each is rewritten into the body of a function of one argument, `__load`, whose imports
// become `var { a: b } = __load("chunk.js")` and whose export list becomes its return value.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

// esbuild writes a chunk's imports first and its export list last; only those places are
// rewritten, so a string or template literal with such a line in it is never touched.
const IMPORT_NAMED = /import\s*\{([^}]*)\}\s*from\s*"\.\/([\w.-]+)";[ \t]*\n/y;
const IMPORT_BARE = /import\s*"\.\/([\w.-]+)";[ \t]*\n/y;
const EXPORT_LIST = /\nexport\s*\{([^}]*)\};\s*$/;

function specifiers(list) {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(s);
      if (!m) throw new Error(`gas-modules: unexpected specifier «${s}»`);
      return { name: m[1], local: m[2] ?? m[1] };
    });
}

/** One esbuild ES module as the body of `function (__load) { … }` returning its exports. */
export function moduleBody(file, text) {
  const imports = [];
  let at = 0;
  for (;;) {
    IMPORT_NAMED.lastIndex = at;
    IMPORT_BARE.lastIndex = at;
    const named = IMPORT_NAMED.exec(text);
    const bare = named ? null : IMPORT_BARE.exec(text);
    if (named) {
      const bindings = specifiers(named[1]).map(({ name, local }) => (name === local ? name : `${name}: ${local}`));
      imports.push(`var { ${bindings.join(', ')} } = __load(${JSON.stringify(named[2])});`);
      at = IMPORT_NAMED.lastIndex;
    } else if (bare) {
      imports.push(`__load(${JSON.stringify(bare[1])});`);
      at = IMPORT_BARE.lastIndex;
    } else break;
  }
  let rest = text.slice(at);
  let exported = 'return {};';
  const list = EXPORT_LIST.exec(rest);
  if (list) {
    // `a as b` exports the local a under the name b.
    const entries = specifiers(list[1]).map(({ name, local }) => (name === local ? name : `${local}: ${name}`));
    exported = `return { ${entries.join(', ')} };`;
    rest = rest.slice(0, list.index + 1);
  }
  const body = `${imports.map((line) => `${line}\n`).join('')}${rest}${exported}\n`;
  // Anything else would be module syntax the rewrite does not know (or, loudly, a line of a
  // template literal that starts like it): the build stops rather than guess.
  const left = /^\s*(import|export)\b/m.exec(body);
  if (left)
    throw new Error(
      `gas-modules: ${file} keeps module syntax the rewrite does not know: «${body.slice(left.index, left.index + 80)}»`,
    );
  return body;
}

function indent(text, prefix) {
  return text.replace(/^(?=.)/gm, prefix);
}

/**
 * The source of the function the loader's `new Function("__load", …)` makes of a deferred
 * module, as V8 numbers its lines in a stack trace (`phan-loai/<module>:<line>`): the
 * language puts `function anonymous(__load` and `) {` before the body, two lines.
 */
function functionSource(file, body) {
  return `function anonymous(__load\n) {\n"use strict";${body}\n//# sourceURL=phan-loai/${file}\n}`;
}

/**
 * Bundles `groups` (name → entry file; the first is compiled at load) and returns the IIFE
 * that defines `globalName`: an object whose every property is an entry point that loads its
 * module on first call. `moduleDir`, when given, receives each module as compiled: a deferred
 * module as the function `new Function` makes of it, so that a line in a stack trace
 * (`phan-loai/<module>:<line>`) is that line of its file; a module compiled at load as its
 * body (its stack frames name Code.js).
 */
export async function splitBundle(root, { groups, globalName, moduleDir }) {
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(groups).map(([name, file]) => [name, join(root, file)])),
    outdir: join(root, 'build', '.gas-modules'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    minifySyntax: true,
    legalComments: 'none',
    charset: 'utf8',
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs).map(([path, meta]) => ({ file: basename(path), meta }));
  const text = new Map(result.outputFiles.map((f) => [basename(f.path), f.text]));
  const imports = (file) =>
    outputs
      .find((o) => o.file === file)
      .meta.imports.filter((i) => i.kind === 'import-statement')
      .map((i) => basename(i.path));

  // The loader runs a module's imports before its body, so a cycle would never end.
  const checkAcyclic = (file, path = []) => {
    if (path.includes(file)) throw new Error(`gas-modules: the modules import each other: ${[...path, file].join(' → ')}`);
    for (const next of imports(file)) checkAcyclic(next, [...path, file]);
  };
  for (const { file } of outputs) checkAcyclic(file);

  // The first group and every chunk it imports, transitively, are compiled at load.
  const [firstGroup] = Object.keys(groups);
  const atLoad = new Set();
  const visit = (file) => {
    if (atLoad.has(file)) return;
    atLoad.add(file);
    for (const next of imports(file)) visit(next);
  };
  visit(`${firstGroup}.js`);

  const entries = [];
  for (const { file, meta } of outputs) {
    if (!meta.entryPoint) continue;
    for (const name of meta.exports) entries.push([name, file]);
  }
  const seen = new Set();
  for (const [name] of entries) {
    if (seen.has(name)) throw new Error(`gas-modules: ${name} is exported by two entry groups`);
    seen.add(name);
  }

  if (moduleDir) {
    rmSync(moduleDir, { recursive: true, force: true });
    mkdirSync(moduleDir, { recursive: true });
  }
  const compiled = [];
  const deferred = [];
  for (const { file } of outputs) {
    const body = moduleBody(file, text.get(file));
    if (moduleDir) writeFileSync(join(moduleDir, file), atLoad.has(file) ? body : functionSource(file, body));
    if (atLoad.has(file)) compiled.push(`    ${JSON.stringify(file)}: function (__load) {\n${indent(body, '      ')}    }`);
    else deferred.push(`    ${JSON.stringify(file)}: ${JSON.stringify(body)}`);
  }
  const entryLines = entries.map(([name, file]) => `    ${name}: entry(${JSON.stringify(file)}, ${JSON.stringify(name)})`);
  return `var ${globalName} = (function () {
  "use strict";
  // Modules compiled at load: what onOpen needs.
  var compiled = {
${compiled.join(',\n')}
  };
  // Modules compiled on first use: their text (scripts/gas-modules.mjs).
  var deferred = {
${deferred.join(',\n')}
  };
  var loaded = {};
  function __load(file) {
    var exports = loaded[file];
    if (!exports) {
      var body = compiled[file] || new Function("__load", '"use strict";' + deferred[file] + "\\n//# sourceURL=phan-loai/" + file);
      exports = loaded[file] = body(__load);
    }
    return exports;
  }
  function entry(file, name) {
    return function () {
      var exports = __load(file);
      return exports[name].apply(this, arguments);
    };
  }
  return {
${entryLines.join(',\n')}
  };
})();
`;
}

/**
 * The engine speaks in codes; words live in src/core/text. This scans every source file's
 * string and template literals (comments are skipped by the TypeScript scanner) for
 * Vietnamese letters. Only the text folder, the vocabularies of accepted spellings and the
 * bundled sample data may hold them, so no logic can compare Vietnamese display text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** Files allowed to hold Vietnamese words, and why. */
const ALLOWED = [
  /^src\/core\/text\//, // the one place for wording
  /^src\/core\/vocab\.ts$/, // accepted spellings of coded cells (input, not display)
  /^src\/core\/normalize\.ts$/, // accepted spellings of yes/no
  /^src\/local\/(sample|sample-qd366|sample-dang-bo|large-roster)\.ts$/, // bundled sample data (names, posts)
];
/** Latin letters with Vietnamese diacritics, and đ. */
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every string-ish literal of a file, with its line. */
function literals(file: string): { line: number; text: string }[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Vietnamese words live only in src/core/text', () => {
  const files = sources(join(ROOT, 'src')).map((f) => relative(ROOT, f).split('\\').join('/'));

  it('finds the source files and the text folder', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => f.startsWith('src/core/text/')).length).toBeGreaterThanOrEqual(7);
  });

  it('no other source file has a Vietnamese word in a string literal', () => {
    const offenders = files
      .filter((f) => !ALLOWED.some((pattern) => pattern.test(f)))
      .flatMap((f) =>
        literals(join(ROOT, f))
          .filter((l) => VIETNAMESE.test(l.text))
          .map((l) => `${f}:${l.line}: ${l.text}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the check would catch a comparison with display text', () => {
    const sample = "if (warning === 'Hạ do hạn mức HTXS') demote();";
    const source = ts.createSourceFile('x.ts', sample, ts.ScriptTarget.Latest, true);
    let caught = false;
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) && VIETNAMESE.test(node.text)) caught = true;
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(caught).toBe(true);
  });
});

import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUNDLE_GLOBAL, ENTRY_POINTS } from '../../src/addon/entrypoints';
import { PLAN_2023 } from '../../src/core/profiles';
import { fnDocs } from '../../src/core/text';
import * as functions from '../../src/addon/entry-functions';
import * as open from '../../src/addon/entry-open';
import * as operations from '../../src/addon/entry-operations';
import { bundleSource, CODE_PATH, deferredSourceFiles, loadBundle, moduleSyntaxCount, topLevelFunctions } from './gas-vm';

/** The entry groups' own exports, by name. */
const ENTRY_MODULES: Record<string, unknown> = { ...open, ...functions, ...operations };

const FN_DOCS = fnDocs(PLAN_2023);

const source = ts.createSourceFile(CODE_PATH, bundleSource(), ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);

/** Code.js, then each module it compiles on first use, as the function body the loader compiles. */
const deferredSources = deferredSourceFiles(bundleSource());

describe('declarations in the pushed file', () => {
  it('has no ES module syntax anywhere, nor in the modules it compiles on first use (no import/export statements, no dynamic import)', () => {
    let moduleSyntax = moduleSyntaxCount(source);
    expect(deferredSources.length).toBeGreaterThan(0);
    for (const module of deferredSources) {
      // It compiles (V8's parser, strict as the loader compiles it), then has no module syntax.
      expect(() => new vm.Script(`"use strict";(${module.text})`, { filename: module.fileName }), module.fileName).not.toThrow();
      moduleSyntax += moduleSyntaxCount(module);
    }
    expect(moduleSyntax).toBe(0);
  });

  it('has one top-level stub per export of the bundle and one export per stub, each stub forwarding to its own export', () => {
    // What the add-on really exports: the enumerable properties of the bundle's global,
    // read from Code.js run in a fresh context (each loads its module on first call).
    const exported = (loadBundle().context as Record<string, unknown>)[BUNDLE_GLOBAL] as Record<string, unknown>;
    const exports = Object.keys(exported).sort();
    const stubs = [...topLevelFunctions(source).keys()].sort();
    expect(stubs).toEqual(exports);
    expect(ENTRY_POINTS.map((e) => e.name).sort()).toEqual(exports);
    for (const [name, fn] of topLevelFunctions(source)) {
      const target = exported[name];
      expect(typeof target, name).toBe('function');
      const params = fn.parameters.map((p) => p.name.getText(source));
      // The stub is exactly `return PhanLoai.<name>(<its own parameters>);`.
      const body = fn.body?.statements ?? [];
      expect(body, name).toHaveLength(1);
      const call = body[0] && ts.isReturnStatement(body[0]) ? body[0].expression : undefined;
      expect(call && ts.isCallExpression(call), name).toBe(true);
      const callee = (call as ts.CallExpression).expression;
      expect(callee.getText(source), name).toBe(`${BUNDLE_GLOBAL}.${name}`);
      expect(
        (call as ts.CallExpression).arguments.map((a) => a.getText(source)),
        name,
      ).toEqual(params);
      // No argument the entry point declares is dropped by its stub (the bundle's property
      // forwards its arguments as they come, so the declaration is read from the source).
      const declared = ENTRY_MODULES[name];
      expect(typeof declared, name).toBe('function');
      expect(params.length, name).toBeGreaterThanOrEqual((declared as (...a: unknown[]) => unknown).length);
    }
  });

  it.each(ENTRY_POINTS.map((e) => [e.name, e]))(
    '%s is a real top-level function declaration with its parameters',
    (_name, entry) => {
      const fn = topLevelFunctions(source).get(entry.name);
      expect(fn).toBeDefined();
      expect(fn?.parameters.map((p) => p.name.getText(source))).toEqual([...entry.params]);
    },
  );

  it.each(Object.entries(FN_DOCS))(
    'custom function %s keeps its Vietnamese JSDoc, @customfunction and named @params',
    (name, doc) => {
      const fn = topLevelFunctions(source).get(name);
      expect(fn).toBeDefined();
      const jsDoc = ts.getJSDocCommentsAndTags(fn as ts.FunctionDeclaration).filter(ts.isJSDoc)[0];
      expect(jsDoc).toBeDefined();
      const tags: readonly ts.JSDocTag[] = jsDoc?.tags ?? [];
      expect(tags.some((t) => t.tagName.text === 'customfunction')).toBe(true);
      const params = tags.filter((t): t is ts.JSDocParameterTag => ts.isJSDocParameterTag(t)).map((t) => t.name.getText(source));
      expect(params).toEqual(Object.keys(doc.params));
      expect(fn?.parameters.map((p) => p.name.getText(source))).toEqual(Object.keys(doc.params));
      expect(ts.getTextOfJSDocComment(jsDoc?.comment)).toBe(doc.summary);
    },
  );
});

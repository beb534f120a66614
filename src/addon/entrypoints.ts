/**
 * Every name Apps Script must find as a real top-level function in the pushed file:
 * triggers, menu callbacks, google.script.run targets and custom functions. The build
 * (scripts/build-gas.mjs) writes one stub per entry that forwards to the bundle, and a
 * test parses the pushed file to check them.
 */
import { PLAN_2023 } from '../core/profiles';
import { fnDocs } from '../core/text/functions';
import { MENU } from '../core/text/ui';
import { MENU_ITEMS } from './menu-bar';
import { SERVER_FUNCTIONS, type ServerApi } from './server-api';

/** Parameter names of the server functions that take arguments. */
const SERVER_PARAMS: Partial<Record<keyof ServerApi, readonly string[]>> = {
  sidebarSaveSettings: ['values'],
  sidebarSelectRow: ['sheet', 'row'],
};

export interface EntryPoint {
  readonly name: string;
  readonly params: readonly string[];
  /** JSDoc lines (without the comment markers). */
  readonly doc: readonly string[];
  readonly kind: 'trigger' | 'menu' | 'server' | 'custom';
}

/** The JSDoc quotes the default profile's numbers; a sheet passes its own profile by name. */
const FN_DOCS = fnDocs(PLAN_2023);

function customFunction(name: keyof typeof FN_DOCS): EntryPoint {
  const doc = FN_DOCS[name];
  const params = Object.keys(doc.params);
  return {
    name,
    params,
    kind: 'custom',
    doc: [
      doc.summary,
      ...Object.entries(doc.params).map(([param, text]) => `@param {any} ${param} ${text}`),
      `@return ${doc.returns}`,
      '@customfunction',
    ],
  };
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'], kind: 'trigger', doc: [`Builds the «${MENU.title}» menu; works in AuthMode.NONE.`] },
  { name: 'onInstall', params: ['e'], kind: 'trigger', doc: ['Runs onOpen after the add-on is installed.'] },
  ...MENU_ITEMS.map(([caption, name]): EntryPoint => ({ name, params: [], kind: 'menu', doc: [`Menu item «${caption}».`] })),
  {
    name: 'saveReportPdfToDrive',
    params: [],
    kind: 'server',
    doc: ['google.script.run target of the PDF dialog: saves the report PDF to Drive.'],
  },
  ...SERVER_FUNCTIONS.map(
    (name): EntryPoint => ({
      name,
      params: SERVER_PARAMS[name] ?? [],
      kind: 'server',
      doc: [`google.script.run target of the sidebar (ServerApi.${name}).`],
    }),
  ),
  customFunction('XEPLOAI'),
  customFunction('XEPLOAI_DIEM'),
  customFunction('DATTYLE'),
  customFunction('HANMUC_HTXS'),
];

export const BUNDLE_GLOBAL = 'PhanLoai';

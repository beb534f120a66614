/**
 * Every piece of Vietnamese text a user can see lives in this folder, split by audience,
 * so the wording can be reviewed in one place. Identifiers stay in English.
 *
 * The đảng ủy's words (consolidation-report.ts, consolidation-cli.ts, dang-uy.ts) are not
 * re-exported here: the sidebar and the chi bộ add-on import this index, and a re-export pulls
 * a module with top-level lookups into their bundles (+20 KB in Sidebar.html, over its budget).
 * Import them by path. The command line's words (cli.ts) likewise: its usage text is computed
 * at load, so a re-export kept it in Code.js and Sidebar.html.
 */
export * from './columns';
export * from './consolidation';
export * from './domain';
export * from './functions';
export * from './messages';
export * from './minutes';
export * from './report-qd366';
export * from './sheets';
export * from './ui';

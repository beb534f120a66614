/**
 * Entry points compiled on first use: the custom functions. They are pure and need the
 * engine only, none of the documents or the sidebar's server.
 */
export { DATTYLE, HANMUC_HTXS, XEPLOAI, XEPLOAI_DIEM } from '../core/custom-functions';

/**
 * Every name Apps Script must find as a real top-level function in the đảng ủy's pushed file
 * (build/gas-dang-uy/Code.js): the triggers and the menu callbacks. The build writes one stub
 * per entry that forwards to the bundle, as for the chi bộ add-on (src/addon/entrypoints.ts).
 */
import { DANG_UY_MENU } from '../../core/text/dang-uy-menu';
import type { EntryPoint } from '../entrypoints';
import { DANG_UY_MENU_ITEMS } from './menu-bar';

export const DANG_UY_ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'], kind: 'trigger', doc: [`Builds the «${DANG_UY_MENU.title}» menu; works in AuthMode.NONE.`] },
  { name: 'onInstall', params: ['e'], kind: 'trigger', doc: ['Runs onOpen after the add-on is installed.'] },
  ...DANG_UY_MENU_ITEMS.map(
    ([caption, name]): EntryPoint => ({ name, params: [], kind: 'menu', doc: [`Menu item «${caption}».`] }),
  ),
];

export const DANG_UY_BUNDLE_GLOBAL = 'PhanLoaiDangUy';

/** The summary and the grouped warnings. Names and sheet text go in as text only. */
import type { SidebarState, WarningItem } from '../addon/server-api';
import { OUTCOMES } from '../core/levels';
import { LEVEL_NAMES } from '../core/text/domain';
import { SIDEBAR } from '../core/text/ui';
import { clear, el } from './dom';

export function renderSummary(container: HTMLElement, state: SidebarState): void {
  clear(container);
  const body = el('tbody');
  for (const outcome of OUTCOMES) {
    body.append(
      el(
        'tr',
        { 'data-level': outcome },
        el('th', { scope: 'row' }, `${outcome} — ${LEVEL_NAMES[outcome]}`),
        el('td', { class: 'count' }, String(state.counts[outcome])),
      ),
    );
  }
  const table = el(
    'table',
    { class: 'counts' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, SIDEBAR.levelHead), el('th', { scope: 'col' }, SIDEBAR.countHead))),
    body,
  );
  const q = state.quota;
  container.append(
    table,
    el('p', { id: 'voting-base' }, SIDEBAR.votingBase(state.votingBase)),
    el(
      'p',
      { id: 'quota', class: q.exceeded ? 'bad' : 'ok' },
      `${SIDEBAR.quota(q.percent, q.allowed, q.used)} — ${q.exceeded ? SIDEBAR.quotaExceeded : SIDEBAR.quotaOk}`,
    ),
    el('p', { id: 'chi-bo-level' }, SIDEBAR.chiBo(state.chiBo.label)),
    el('p', { id: 'open-warnings' }, SIDEBAR.openWarnings(state.openWarnings)),
  );
}

export function renderWarnings(container: HTMLElement, state: SidebarState, onSelect: (item: WarningItem) => void): void {
  clear(container);
  if (state.groups.length === 0) {
    container.append(el('p', {}, SIDEBAR.noWarnings));
    return;
  }
  for (const group of state.groups) {
    const list = el('ul');
    for (const item of group.items) {
      const parts = [item.row !== null ? SIDEBAR.rowLink(item.row) : '', item.name, item.text].filter(Boolean);
      const label = parts.join(' · ');
      if (item.row !== null && item.sheet !== null) {
        const button = el(
          'button',
          { type: 'button', class: 'link', 'data-row': String(item.row), 'data-sheet': item.sheet },
          label,
        );
        button.addEventListener('click', () => onSelect(item));
        list.append(el('li', {}, button));
      } else {
        list.append(el('li', {}, label));
      }
    }
    container.append(el('section', { class: 'group' }, el('h3', {}, `${group.label} (${group.items.length})`), list));
  }
}

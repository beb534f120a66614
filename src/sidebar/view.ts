/** The summary and the grouped warnings. Names and sheet text go in as text only. */
import type { SidebarState, WarningItem } from '../addon/server-api';
import { OUTCOMES } from '../core/levels';
import { LEVEL_NAMES } from '../core/text/domain';
import { SIDEBAR } from '../core/text/ui';
import { clear, el } from './dom';

/** Why the roster can't be classified, in place of the counts (which would all be 0). */
function problemBox(state: SidebarState): HTMLElement {
  return el(
    'div',
    { id: 'unusable', class: 'problem', role: 'alert' },
    el('p', { class: 'problem-title' }, SIDEBAR.unusableTitle),
    ...state.problems.map((text) => el('p', {}, text)),
    el('p', { class: 'problem-help' }, SIDEBAR.unusableHelp),
  );
}

function quotaLines(q: SidebarState['quota']): HTMLElement[] {
  const total = el(
    'p',
    { id: 'quota', class: q.exceeded ? 'bad' : 'ok' },
    `${SIDEBAR.quota(q.percent, q.allowed, q.used)} — ${q.exceeded ? SIDEBAR.quotaExceeded : SIDEBAR.quotaOk}`,
  );
  // Pooled (the 2023 plan, or «Tính hạn mức theo nhóm đối tượng» = Không): one line says it all.
  if (!q.groups.some((g) => g.group !== null)) return [total];
  const list = el('ul', { class: 'quota-groups' });
  for (const g of q.groups) {
    const text = SIDEBAR.quotaGroup(g.base, g.allowed, g.used);
    list.append(
      el(
        'li',
        { 'data-group': g.group ?? '', class: g.exceeded ? 'bad' : '' },
        el('span', { class: 'group-name' }, SIDEBAR.quotaGroupName(g.label)),
        ' ',
        el('span', { class: 'group-numbers' }, g.exceeded ? `${text} — ${SIDEBAR.quotaExceeded}` : text),
      ),
    );
  }
  return [total, el('div', { id: 'quota-groups' }, el('p', { class: 'sub' }, SIDEBAR.quotaGroupsHeading), list)];
}

function chiBoLines(chiBo: SidebarState['chiBo']): HTMLElement[] {
  const line = el('p', { id: 'chi-bo-level' }, SIDEBAR.chiBo(chiBo.label));
  if (chiBo.reasons.length === 0) return [line];
  const reasons = el('ul', {}, ...chiBo.reasons.map((text) => el('li', {}, text)));
  return [line, el('details', { id: 'chi-bo-reasons' }, el('summary', {}, SIDEBAR.chiBoReasons), reasons)];
}

export function renderSummary(container: HTMLElement, state: SidebarState): void {
  clear(container);
  container.append(el('p', { id: 'profile-name' }, SIDEBAR.profile(state.profile.name)));
  if (state.problems.length > 0) {
    container.append(problemBox(state));
    return;
  }
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
  container.append(
    table,
    // N matters only when the chi bộ votes (under QĐ 366, only with «Biểu quyết tại chi bộ» = Có).
    ...(state.votes ? [el('p', { id: 'voting-base' }, SIDEBAR.votingBase(state.votingBase))] : []),
    ...quotaLines(state.quota),
    ...chiBoLines(state.chiBo),
    el('p', { id: 'open-warnings' }, SIDEBAR.openWarnings(state.openWarnings)),
  );
}

export function renderWarnings(container: HTMLElement, state: SidebarState, onSelect: (item: WarningItem) => void): void {
  clear(container);
  if (state.problems.length > 0) {
    container.append(el('p', {}, SIDEBAR.noResultsYet));
    return;
  }
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

/**
 * «Bảng điều khiển»: settings form, live summary, warnings that select their row, and
 * the action buttons. Every server call goes through the typed wrapper in rpc.ts.
 */
import type { SidebarState } from '../addon/server-api';
import { SIDEBAR } from '../core/text';
import { byId, clear, el } from './dom';
import { readForm, renderForm, showErrors, validate } from './form';
import { call } from './rpc';
import { renderSummary, renderWarnings } from './view';

const root = byId<HTMLElement>('app');
const status = byId<HTMLElement>('status');
const form = byId<HTMLFormElement>('settings');
const fieldsBox = byId<HTMLElement>('fields');
const download = byId<HTMLElement>('download');

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.className = kind;
}

/** The profile the form was drawn for; null before the first state arrives. */
let formProfile: SidebarState['profile']['id'] | null = null;

/**
 * Shows a state. The form is drawn again after a save, and whenever the profile in force
 * is not the one the form was drawn for (its labels differ); otherwise what the user is
 * typing stays.
 */
function show(state: SidebarState, redrawForm = false): void {
  if (redrawForm || state.profile.id !== formProfile) {
    renderForm(fieldsBox, state.fields);
    formProfile = state.profile.id;
  }
  renderSummary(byId('summary'), state);
  renderWarnings(byId('warnings'), state, (item) => {
    if (item.row !== null && item.sheet !== null)
      void call('sidebarSelectRow', item.sheet, item.row).catch((e: Error) => setStatus(SIDEBAR.failed(e.message), 'error'));
  });
}

/** Runs one server action with the busy state on; a failure shows the server's message. */
async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
  root.setAttribute('aria-busy', 'true');
  const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('button'));
  for (const b of buttons) b.disabled = true;
  setStatus(SIDEBAR.busy);
  try {
    return await work();
  } catch (error) {
    setStatus(SIDEBAR.failed(error instanceof Error ? error.message : String(error)), 'error');
    return undefined;
  } finally {
    for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button'))) b.disabled = false;
    root.removeAttribute('aria-busy');
  }
}

function bindAction(id: string, run: () => Promise<{ message: string; state: SidebarState }>): void {
  byId<HTMLButtonElement>(id).addEventListener('click', () => {
    void busy(async () => {
      const result = await run();
      show(result.state);
      setStatus(result.message);
    });
  });
}

function base64ToBlobUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const values = readForm(fieldsBox);
  const errors = validate(values);
  showErrors(fieldsBox, errors);
  if (Object.keys(errors).length > 0) {
    setStatus(SIDEBAR.notSaved, 'error');
    return;
  }
  void busy(async () => {
    const result = await call('sidebarSaveSettings', values);
    showErrors(fieldsBox, result.errors);
    if (!result.saved || !result.state) {
      setStatus(SIDEBAR.notSaved, 'error');
      return;
    }
    // The profile picks the labels of «Cấu hình»: after a switch the form lists the new ones.
    const switched = result.state.profile.id !== formProfile;
    show(result.state, true);
    setStatus(switched ? SIDEBAR.profileSaved(result.state.profile.name) : SIDEBAR.saved);
  });
});

bindAction('recompute', () => call('sidebarRecompute'));
bindAction('report', () => call('sidebarReport'));
bindAction('ballots', () => call('sidebarBallots'));
bindAction('review-order', () => call('sidebarReviewOrder'));
byId<HTMLButtonElement>('export-pdf').addEventListener('click', () => {
  void busy(async () => {
    const pdf = await call('sidebarExportPdf');
    show(pdf.state);
    clear(download);
    download.append(
      el('a', { href: base64ToBlobUrl(pdf.base64), download: pdf.fileName, id: 'pdf-link' }, SIDEBAR.download(pdf.fileName)),
    );
    setStatus(SIDEBAR.download(pdf.fileName));
  });
});

void busy(async () => {
  setStatus(SIDEBAR.loading);
  show(await call('sidebarState'));
  setStatus('');
});

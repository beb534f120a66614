/**
 * «Xuất bản Word/Google Docs»: regenerates «Báo cáo» under the lock (as «Xuất PDF» does),
 * then creates a Google Doc of it in the user's Drive, for the chairs to add strengths,
 * shortcomings and proposals before signing; Google Docs downloads it as .docx.
 *
 * The Doc is made from the report's layout as HTML (layout-html.ts) uploaded with Drive's
 * `files.create` and converted to a Google Doc (docs-request.ts), with the script's OAuth
 * token: scope `drive.file` only. One request, whatever the roster size.
 */
import type { CalendarDate } from '../core/normalize';
import { MINUTES_UI } from '../core/text';
import { reportLayout } from '../layout/report';
import { docLink, docsUploadRequest } from './docs-request';
import { recomputeAndRender } from './documents';
import type { HttpResponse, Services } from './gas';
import { layoutsToHtml } from './layout-html';
import type { RecomputeResult } from './recompute';
import { UserError } from './user-error';

export interface ExportedDoc {
  /** The Doc's name in Drive. */
  readonly name: string;
  /** Where it opens. */
  readonly url: string;
  readonly recomputed: RecomputeResult;
}

/** The message of a thrown error (an Error of any realm), else the value as text. */
function reason(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

export function exportReportToDocs(services: Services, today: CalendarDate): ExportedDoc {
  const { fetch, script } = services;
  if (!fetch || !script) throw new UserError(MINUTES_UI.docsUnavailable);
  const recomputed = recomputeAndRender(services, today, (run) => [reportLayout(run)]);
  const { layouts } = recomputed;
  const name = MINUTES_UI.docName(recomputed.run.settings.year);
  const request = docsUploadRequest(name, layoutsToHtml(layouts, name), script.getOAuthToken());
  let response: HttpResponse;
  try {
    // muteHttpExceptions turns HTTP errors into a code; a network or quota failure still throws.
    response = fetch.fetch(request.url, request.params);
  } catch (error) {
    throw new UserError(MINUTES_UI.docsUnreachable(reason(error)));
  }
  const code = response.getResponseCode();
  if (code !== 200) throw new UserError(MINUTES_UI.docsFailed(code));
  const url = docLink(response.getContentText());
  if (url === null) throw new UserError(MINUTES_UI.docsNoFile());
  return { name, url, recomputed };
}

/**
 * The one request «Xuất bản Word/Google Docs» sends: Drive API v3 `files.create` on the
 * upload URI, a multipart upload whose metadata asks for a Google Doc
 * (`mimeType: application/vnd.google-apps.document`) and whose media is the report as HTML,
 * which Drive imports (converts) into a Doc.
 *
 * Why this endpoint: `files.create` accepts the scope `drive.file` (files the app creates),
 * which the add-on already has for saving the PDF; `DocumentApp.create` would need
 * `documents` (every Doc of the user), and `DriveApp.createFile` cannot create Google types.
 * References: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
 * (authorization scopes: drive, drive.appdata, drive.file) and
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads (multipart upload;
 * importing HTML to Google Docs).
 */
import type { FetchOptions } from './gas';

export const DRIVE_UPLOAD_URL = 'https://www.googleapis.com/upload/drive/v3/files';
export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
/** The fields of the new file the answer carries. */
const FIELDS = 'id,name,webViewLink';

export interface UploadRequest {
  readonly url: string;
  readonly params: FetchOptions;
}

/** JSON with every non-ASCII character as \\uXXXX, so the body is pure ASCII. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A boundary that occurs in neither part. */
function boundaryFor(parts: readonly string[]): string {
  let boundary = 'phan-loai-part';
  while (parts.some((p) => p.includes(boundary))) boundary += '-x';
  return boundary;
}

/**
 * The multipart `files.create` request that turns `html` (pure ASCII, see layout-html.ts)
 * into a Google Doc named `name` in the user's My Drive.
 */
export function docsUploadRequest(name: string, html: string, token: string): UploadRequest {
  const metadata = asciiJson({ name, mimeType: GOOGLE_DOC_MIME });
  const boundary = boundaryFor([metadata, html]);
  const payload = [
    `--${boundary}`,
    'Content-Type: application/json; charset=UTF-8',
    '',
    metadata,
    `--${boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    '',
    html,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return {
    url: `${DRIVE_UPLOAD_URL}?uploadType=multipart&fields=${encodeURIComponent(FIELDS)}`,
    params: {
      method: 'post',
      contentType: `multipart/related; boundary=${boundary}`,
      payload,
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
    },
  };
}

/** The new Doc's address from the answer of files.create; null when the answer has no id. */
export function docLink(answer: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(answer);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || !('id' in data) || typeof data.id !== 'string') return null;
  if ('webViewLink' in data && typeof data.webViewLink === 'string' && data.webViewLink.startsWith('https://')) {
    return data.webViewLink;
  }
  return `https://docs.google.com/document/d/${encodeURIComponent(data.id)}/edit`;
}

/** The services of the Apps Script runtime, read from its globals when an entry point runs. */
import { type Services, servicesFrom } from './gas';

export function globalServices(): Services {
  return servicesFrom({ SpreadsheetApp, LockService, HtmlService, UrlFetchApp, ScriptApp, Utilities, DriveApp });
}

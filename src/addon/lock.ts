/** The document lock: two runs on one spreadsheet never interleave (the chi bộ add-on and the đảng ủy's project). */
import { UI } from '../core/text/ui';
import type { Services } from './gas';
import { UserError } from './user-error';

const LOCK_WAIT_MS = 30000;

/**
 * Runs `work` under the document lock; a second caller waits, then fails clearly with
 * `busy`, having written nothing.
 */
export function withDocumentLock<T>(services: Services, work: () => T, busy: string = UI.lockBusy): T {
  const lock = services.lock.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw new UserError(busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

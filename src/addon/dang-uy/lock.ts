/** The đảng ủy's document lock: «Tổng hợp» and «Tạo bảng mẫu» never interleave. */
import { DANG_UY_UI } from '../../core/text/dang-uy';
import type { Services } from '../gas';
import { UserError } from '../user-error';

const LOCK_WAIT_MS = 30000;

/** Runs `work` under the document lock; a second caller waits, then fails clearly, having written nothing. */
export function withDangUyLock<T>(services: Services, work: () => T): T {
  const lock = services.lock.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) throw new UserError(DANG_UY_UI.lockBusy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

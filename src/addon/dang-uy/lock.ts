/** The đảng ủy's document lock: «Tổng hợp» and «Tạo bảng mẫu» never interleave. */
import { DANG_UY_UI } from '../../core/text/dang-uy';
import type { Services } from '../gas';
import { withDocumentLock } from '../lock';

/** Runs `work` under the document lock; a second caller waits, then fails clearly, having written nothing. */
export function withDangUyLock<T>(services: Services, work: () => T): T {
  return withDocumentLock(services, work, DANG_UY_UI.lockBusy);
}

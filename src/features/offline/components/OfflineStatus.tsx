import { useEffect, useState, useSyncExternalStore } from 'react';
import { cachedFileCount, subscribeCachedFiles } from '../../../shared/api/offline';
import { registerServiceWorker } from '../service-worker';
import '../offline.css';

/**
 * The two things the service worker has to tell the reader, in a bar at the foot of the
 * window: the page shows saved copies (may be out of date), and a new version is ready.
 */
export function OfflineStatus() {
  const cached = useSyncExternalStore(subscribeCachedFiles, cachedFileCount);
  const [accept, setAccept] = useState<(() => void) | null>(null);

  useEffect(() => {
    registerServiceWorker((next) => setAccept(() => next)).catch(() => {
      // No service worker (private mode, blocked, file://): the portal works as before.
    });
  }, []);

  return (
    <div className="offline-status">
      <div role="status">
        {cached > 0 && (
          <p className="offline-status__note">
            Không kết nối được máy chủ: bạn đang xem bản đã lưu trên máy, có thể chưa cập nhật.
          </p>
        )}
      </div>
      <div role="status">
        {accept && (
          <p className="offline-status__update">
            Có phiên bản mới —{' '}
            <button type="button" className="button" onClick={accept}>
              Tải lại
            </button>
          </p>
        )}
      </div>
    </div>
  );
}

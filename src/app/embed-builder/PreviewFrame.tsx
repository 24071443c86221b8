import { useRef } from 'react';
import { useFrameHeight } from '../../features/embed/frame-height';
import type { WidgetKind } from '../../features/embed/snippet';
import { WIDGET_LABELS } from './builder-state';

/**
 * The live preview: the real widget in an iframe, framed and headed like the other panels, its
 * height set by the widget's own resize messages (as embed.js does on a ward's page).
 */
export function PreviewFrame({ widget, src }: { widget: WidgetKind; src: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  useFrameHeight(frameRef);
  return (
    <section className="embed-builder__panel embed-builder__preview">
      <h2 className="embed-builder__title">Xem trước</h2>
      <div className="embed-builder__body">
        {/* Only a mouse can drag the corner; the hint is hidden where it cannot (see the CSS). */}
        <p className="embed-builder__hint embed-builder__resize-hint">
          Kéo góc dưới bên phải của khung để xem tiện ích ở độ rộng khác.
        </p>
        <div className="embed-builder__stage">
          <iframe
            ref={frameRef}
            className="embed-builder__frame"
            title={`Xem trước: ${WIDGET_LABELS[widget]}`}
            src={src}
          />
        </div>
      </div>
    </section>
  );
}

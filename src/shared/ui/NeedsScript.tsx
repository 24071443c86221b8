import type { ReactNode } from 'react';

/**
 * Said only to a reader without JavaScript (a prerendered page): which control needs it and
 * where the same content is without it. Its control stays disabled until the app takes over.
 */
export function NeedsScript({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <p className="muted needs-script">{children}</p>
    </noscript>
  );
}

import { Component, type ReactNode } from 'react';
import { retryFailedDownloads } from '../lib/lazy-component';

interface Props {
  /** What to show instead of a crashed subtree; `retry` renders the children again. */
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** When this changes (a new URL), try rendering the children again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
  /** The `resetKey` this state belongs to. */
  key: string | undefined;
}

/**
 * A render crash, or a page chunk that failed to download (a stale tab after a redeploy),
 * leaves a message in place of that part of the page rather than a blank screen.
 *
 * Hand-written rather than `react-error-boundary` (6.1.6): the library, wrapped to keep this
 * API (`fallbackRender`, `resetKeys`, `onReset`), added 284 B gzip to every page's first load
 * (home 104 861 → 105 145 B, 249 B over its budget) for a context and hooks nothing here uses.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  // A new key (a new URL) draws the children again, and downloads again what failed to.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.key) return null;
    retryFailedDownloads();
    return { failed: false, error: null, key: props.resetKey };
  }

  retry = () => {
    // A page's or the date box's code that failed to download is downloaded again.
    retryFailedDownloads();
    this.setState({ failed: false, error: null });
  };

  render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.retry)
      : this.props.children;
  }
}

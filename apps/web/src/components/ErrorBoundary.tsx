import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ErrorState } from './States';

interface Props {
  children: ReactNode;
  resetKey: string;
}

/**
 * Catches what would otherwise blank the page: a page chunk that fails to download (offline, a new
 * deploy) or a render crash. Navigating elsewhere clears the error; "retry" reloads the app.
 */
class Boundary extends Component<Props, { error: Error | null; key: string }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="page">
        <h1>Algo salió mal</h1>
        <ErrorState error={this.state.error} onRetry={() => window.location.reload()} />
      </div>
    );
  }
}

export function ErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}

// Catches a rendering error in one screen and offers a way back, instead of a white window.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Rapport screen crashed', error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-screen" role="alert">
        <h1>{i18n.t('errors.title')}</h1>
        <p>{i18n.t('errors.body')}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="btn btn-primary" onClick={() => this.setState({ error: null })}>
          {i18n.t('errors.reload')}
        </button>
      </div>
    );
  }
}

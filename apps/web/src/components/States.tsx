import type { ReactNode } from 'react';

/** A polite "loading" line that screen readers announce once. */
export function Loading({ label = 'Cargando…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="state state-empty" role="status">
      {children}
    </div>
  );
}

/** An error the user can act on: what failed, and a button to try again. */
export function ErrorState({
  error,
  onRetry,
}: {
  error: { message: string } | undefined;
  onRetry?: () => void;
}) {
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>No se pudo cargar.</strong> {error?.message ?? 'Error desconocido.'}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Reintentar
        </button>
      )}
    </div>
  );
}

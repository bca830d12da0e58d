export interface LoadStatusProps {
  /** Shown while loading ("Loading the report…"); omitted where the caller shows progress. */
  readonly loading?: string | false;
  readonly error: string | null;
  readonly onRetry: () => void;
  readonly testId?: string;
}

/**
 * A request's loading notice, or its error with a Retry button; nothing once it succeeded.
 *
 * @example
 * <LoadStatus loading={loading && "Loading results…"} error={error} onRetry={reload} />
 */
export function LoadStatus({ loading, error, onRetry, testId }: LoadStatusProps) {
  if (loading) return <p role="status">{loading}</p>;
  if (!error) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {error}{" "}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

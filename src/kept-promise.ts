/**
 * A value read once and kept, because each read is a trip to the browser: a failed read is not
 * kept (the next call tries again), `forget` drops the value (its source changed), `keep`
 * replaces it with one the caller just wrote.
 */
export function keptPromise<T>(load: () => Promise<T>) {
  let kept: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      if (kept) return kept;
      const loading: Promise<T> = load().catch((e: unknown) => {
        if (kept === loading) kept = undefined; // a newer read may have replaced it meanwhile
        throw e;
      });
      return (kept = loading);
    },
    forget(): void {
      kept = undefined;
    },
    keep(value: T): void {
      kept = Promise.resolve(value);
    },
  };
}

/** A function that reads its value when first called, and gives the same value after. */
export function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined;
  return () => (value ??= { read: read() }).read;
}

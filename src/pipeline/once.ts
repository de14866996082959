/** A function that reads its value when first called, and gives the same value after. */
export function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined;
  return () => (value ??= { read: read() }).read;
}

/** A function of one argument that reads its value for the first argument it is given, and gives that value after, whatever it is given. */
export function oncePer<A, R>(read: (a: A) => R): (a: A) => R {
  let value: { read: R } | undefined;
  return (a) => (value ??= { read: read(a) }).read;
}

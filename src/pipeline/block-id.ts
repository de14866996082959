/** Id of the nth body block of a document (1-based): its paragraph permalink anchor. */
export const blockId = (n: number) => `p-${n}`;

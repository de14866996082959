import type { VFile } from 'vfile';

/** A raw input file as the build script read it from disk. */
export interface RawInput {
  /** Path relative to the project root, with forward slashes (e.g. `seeds/a/b.txt`). */
  path: string;
  /** The file's bytes, undecoded (empty when the file was too large to read). */
  bytes: Uint8Array;
  /** Size on disk, when it differs from `bytes.length` because the file was not read. */
  size?: number;
  /** The sidecar next to it, if any (`<name>.meta.json` / `.meta.yaml`). */
  sidecar?: { path: string; bytes: Uint8Array };
}

/** One line of normalized text with its position. */
export interface Line {
  /** Text of the line, without the newline. */
  text: string;
  /** 1-based line number in the normalized text (equal to the source line). */
  line: number;
  /** Offset of the first character in the normalized text. */
  start: number;
  /** The line as written, when runs of blanks set its words apart like a menu's items ("Home   News   Business"). */
  spaced?: string;
}

/** Kind of a cleaned body block. */
export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'list';

/** A block of the cleaned article body, with its provenance in the source text. */
export interface Block {
  kind: BlockKind;
  /** Plain text of the block (for lists, the items joined by newlines). */
  text: string;
  /** List items, for `list` blocks. */
  items?: string[];
  /** Photo credit, for `caption` blocks, when the text names one. */
  credit?: string;
  /** Language of the block when it differs from the document's main language. */
  lang?: string;
  /** 1-based source line where the block starts. */
  line: number;
  /** Offsets of the block in the normalized text: [start, end). */
  start: number;
  end: number;
}

/** A normalized text ready for cleaning. */
export interface Ingested {
  file: VFile;
  text: string;
}

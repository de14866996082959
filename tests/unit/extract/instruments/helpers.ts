import { instrumentParser } from '../../../../src/pipeline/extract/instrument-parser.ts';
import { parseWith } from '../helpers.ts';

/** Instruments the parser finds in a text, as [name, type, key]. */
export const instruments = (text: string) => parseWith(instrumentParser, text).map((m) => [m.name, m.type, m.key]);

/** The attributes of the first instrument the parser finds. */
export const attributesOf = (text: string) => parseWith(instrumentParser, text)[0]?.attributes;

import { cellsOf } from '../targets/table-targets.ts';

/*
 * Tables of votes on instruments, as a report of a council's session prints them under a caption that says they were adopted:
 *
 *   Vote results (all adopted at this afternoon's closing sitting)
 *   Selected resolutions | For | Against | Abstain
 *   Resolution 112/NQ-HĐND on the 2027 socio-economic development plan | 61/62 | 0 | 1
 *
 * Each row's instrument was adopted on the day the caption gives, else the day the text told the batch adopted.
 */

/** A heading cell of a count of votes. */
const VOTE_CELL = /^(?:for|against|abstain(?:ed|ing|s)?|abstentions?|in\s+favou?r|yes|no|votes?(?:\s+for)?)$/i;
/** A caption or heading that says the instruments were adopted, or names the votes. */
const ADOPTED_CAPTION = /\b(?:adopted|passed|approved|vot(?:e|es|ed|ing))\b/i;

/**
 * The rows of every table of votes among a document's blocks (a heading row with two cells of votes at least, the rows after it with
 * as many cells), each with the block of its caption (the block before the heading row, when it says the instruments were adopted),
 * or the heading row's own block when the caption says nothing of it.
 */
export function voteRows(blocks: readonly { text: string }[]): Map<number, number> {
  const rows = new Map<number, number>();
  for (let i = 0; i < blocks.length; i++) {
    const heading = cellsOf(blocks[i]!.text);
    if (!heading || heading.filter((c) => VOTE_CELL.test(c)).length < 2) continue;
    const captioned = i > 0 && ADOPTED_CAPTION.test(blocks[i - 1]!.text) && !cellsOf(blocks[i - 1]!.text);
    let end = i + 1;
    while (end < blocks.length && cellsOf(blocks[end]!.text)?.length === heading.length) rows.set(end++, captioned ? i - 1 : i);
    i = end - 1;
  }
  return rows;
}

import { describe, expect, it } from 'vitest';
import { extractFrom, people } from './helpers.ts';

describe('titles of firms and bodies written in lower case', () => {
  it('reads a title in lower case after a name, and the person it marks, whatever the name\'s shape', () => {
    expect(people(extractFrom('"It works," said Trần Minh Quân, chief executive of Mekong Silicon.',
      'Joanna Whitfield, a senior economist at the OECD, put it plainly.'))).toEqual([
      'Trần Minh Quân: chief executive of Mekong Silicon', 'Joanna Whitfield: senior economist at the OECD',
    ]);
  });

  it('reads a firm named before its officer\'s title in lower case as the title\'s body', () => {
    expect(people(extractFrom('Daesung Precision chief executive Park Min-ho said the plant could open in 2028.',
      'Earlier, AgriSense chief executive Lê Hoàng Yến told the jury about its sensors.'))).toEqual([
      'Park Min-ho: chief executive of Daesung Precision', 'Lê Hoàng Yến: chief executive of AgriSense',
    ]);
  });
});

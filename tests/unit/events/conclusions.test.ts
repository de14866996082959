import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events.filter((e) => e.kind !== 'milestone');

describe('conclusions announced', () => {
  it('reads a body announcing its conclusions in a numbered Conclusion', () => {
    const [event] = events('04/06/2025', 'Earlier, on May 20, the Standing Board announced its conclusions on the data platform in Conclusion No. 298-KL/TU, asking the committee to act.');
    expect(event).toMatchObject({ kind: 'concluded', date: '2025-05-20', title: 'Standing Board announced conclusions in Conclusion No. 298-KL/TU' });
  });

  it('reads conclusions announced in a Notice, dated by the Notice', () => {
    const [event] = events('14/06/2025', 'It also follows the Prime Minister\'s conclusions announced in Notice No. 287/TB-VPCP dated June 10, 2025 of the Government Office.');
    expect(event).toMatchObject({ kind: 'concluded', date: '2025-06-10', title: 'Prime Minister\'s conclusions announced in Notice No. 287/TB-VPCP', place: null });
  });

  it('makes a signed Conclusion a conclusion', () => {
    const [event] = events('21/08/2025', 'On August 21, 2025, on behalf of the Politburo, Standing member of the Secretariat Tran Quoc Dinh signed Conclusion No. 183-KL/TW on Resolution 57.');
    expect(event).toMatchObject({ kind: 'concluded', date: '2025-08-21' });
    expect(event?.title).toContain('183-KL/TW');
  });
});

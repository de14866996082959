import { describe, expect, it } from 'vitest';
import { extractFrom } from '../extract/helpers.ts';
import { dated, timelineOf } from './helpers.ts';

/** Kind, date and title of every event of a text published on Saturday 18 July 2026. */
const events = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('18/07/2026', ...lines) }).events.map((e) => [e.kind, e.date, e.title]);

const LEAD = 'Hà Nội, July 18, 2026 - Ngan Son Telecommunications Corporation (NSTel) today reported a rise in first-half revenue.';

describe('a short name a text defines for a body', () => {
  it('links each later use of the short name to the body, but not an unrelated word that contains it', () => {
    const mentions = extractFrom(LEAD, 'NSTel opened its Đồng Văn Data Centre on Friday.', 'Its NSTelCloud brand will follow.');
    const bodies = mentions.filter((m) => m.type === 'organization' && m.text === 'NSTel');
    expect(bodies.map((m) => [m.block, m.name])).toEqual([[1, 'Ngan Son Telecommunications Corporation']]);
  });

  it('links no short name that the text defines for two bodies', () => {
    const mentions = extractFrom('Ngan Son Telecommunications Corporation (NST) and Nam Son Technology Corporation (NST) signed a deal.',
      'NST will build a cable.');
    expect(mentions.filter((m) => m.text === 'NST')).toEqual([]);
  });

  it('makes the body opening a site under its short name the host, so a deputy minister speaking there is a guest, told by "she"', () => {
    const found = events(LEAD, 'On July 10, NSTel opened its Đồng Văn Data Centre in Hà Giang.',
      'The opening ceremony was attended by Deputy Minister of Science and Technology Lò Thị Mai. Speaking at the ceremony, she said '
        + 'data centres were the ports of the digital economy.');
    expect(found).toContainEqual(['remarks', '2026-07-10', 'Lò Thị Mai delivered remarks at the ceremony']);
    expect(found).toContainEqual(['other', '2026-07-10', 'Ngan Son Telecommunications Corporation opened its Đồng Văn Data Centre']);
  });

  it('reads a body that launched something as launching it, not as being formed', () => {
    const found = events(LEAD, 'NSTel launched commercial 5G services in Huế and Đà Nẵng in October 2025.');
    expect(found.filter(([kind]) => kind === 'establishment')).toEqual([]);
    expect(found).toContainEqual(['other', '2025-10', expect.stringMatching(/launched commercial 5G services/)]);
  });
});

describe('the host of a gathering', () => {
  it('is not a speaker whose reported words say someone else opened something', () => {
    const found = events('At a forum organised by the Mekong Chip Design Alliance in Cần Thơ on July 15, Deputy Minister of Science and '
      + 'Technology Đinh Thị Hoa said the Government would give priority to design. Hoa said 38 universities had opened chip programmes.');
    expect(found).toContainEqual(['remarks', '2026-07-15', 'Đinh Thị Hoa delivered remarks at the forum']);
  });
});

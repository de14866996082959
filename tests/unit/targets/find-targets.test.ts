import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const targets = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('10/01/2025', ...lines) }).targets.map((t) => [t.metric, t.value, t.deadline, t.scope]);

describe('targets and their deadlines', () => {
  it('gives a target the deadline after it, or the one before it in the sentence', () => {
    expect(targets('Exports of electronics reach at least 40% of exports by 2030.', 'By 2035, the share of e-commerce reaches 20%.')).toEqual([
      ['exports of electronics share of exports', 40, 2030, 'Vietnam'], ['e-commerce', 20, 2035, 'Vietnam'],
    ]);
  });

  it('gives every item of a semicolon list the deadline that closes the sentence', () => {
    expect(targets('The plan aims to put Vietnam in the top 5 countries in ASEAN in e-government; and have at least 20 national labs by 2030.').map((t) => t[2])).toEqual([2030, 2030]);
  });

  it('carries a stated deadline over the list that follows it, and not over a sentence dated in the past', () => {
    expect(targets(
      'The strategy sets a target that by 2030, Vietnam becomes a regional hub.',
      'The share of the digital economy reaches at least 30% of GDP.',
      'In 2023, the share of the digital economy was 16.5% of GDP.',
    ).toSorted()).toEqual([['digital economy share of GDP', 30, 2030, 'Vietnam'], ['regional hub', null, 2030, 'Vietnam']]);
  });

  it('keeps figures without a deadline as facts, not targets', () => {
    const { targets: found, facts } = timelineOf({ 'seeds/a.txt': dated('10/01/2025', 'Spending on research was less than 0.5% of GDP, and 15,000 engineers graduated.') });
    expect(found).toEqual([]);
    expect(facts.map((f) => [f.text, f.value, f.unit])).toEqual([['less than 0.5% of GDP', 0.5, '% of GDP'], ['15,000 engineers', 15000, 'engineers']]);
  });

  it('scopes a target to the province or city it names, and drops the place from the metric', () => {
    expect(targets('By 2030, the digital economy of Quang Ninh province reaches at least 40% of GRDP.')).toEqual([['digital economy share of GRDP', 40, 2030, 'Quang Ninh']]);
  });

  it('names one city one way, however the text writes it', () => {
    const { targets: found } = timelineOf({ 'seeds/a.txt': ['Can Tho plans its digital economy', 'Tin tứcTin tức10/01/2025', 'The Can Tho City People\'s Committee met on January 9.', 'By 2030, the digital economy of Can Tho city reaches 30% of GRDP.', 'By 2030, the city aims to have at least 20 software parks.'].join('\n') });
    expect(found.map((t) => t.scope)).toEqual(['Can Tho City', 'Can Tho City']);
  });

  it('scopes a target of a provincial body to the province the text opens with', () => {
    const { targets: found } = timelineOf({ 'seeds/a.txt': ['Lao Cai speeds up digital government', 'Tin tứcTin tức10/01/2025', 'The Lao Cai Provincial People\'s Committee met on January 9.', 'By 2026, the Provincial People\'s Committee ensures that 90% of records are online.'].join('\n') });
    expect(found.map((t) => [t.value, t.scope])).toEqual([[90, 'Lao Cai']]);
  });
});

describe('a number inside a date', () => {
  it('counts nothing in a chronology item that opens with its day ("• 14 March 2025 – …")', () => {
    expect(targets('• 14 March 2025 – Decision 902/QD-TTg approves the National Programme on Smart Ports for the 2025–2030 period.')).toEqual([]);
  });
});

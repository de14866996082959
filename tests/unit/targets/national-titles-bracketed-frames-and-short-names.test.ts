import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';
import { nationalTitle } from '../../../src/pipeline/targets/scope.ts';

/** The targets of one text: deadline, value and scope, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.deadline, t.value, t.scope])
  .sort((a, b) => String(a).localeCompare(String(b)));

describe('a list frame that says its brackets hold national figures', () => {
  it('keeps the city\'s scope for its items, with the bracketed figures as benchmarks', () => {
    const found = targetsOf([
      'Can Tho sets digital goals to 2030',
      'Posted: 12/05/2026',
      'The Can Tho City People\'s Committee has issued a plan on the digital economy.',
      'The plan sets the following goals by 2030 (national targets in brackets):',
      '1. The digital economy accounts for 30 per cent of the city\'s GRDP (national: 27 per cent).',
      '2. At least 85 per cent of administrative dossiers are processed online (national: 80 per cent).',
    ]);
    expect(found).toEqual([[2030, 30, 'Can Tho City'], [2030, 85, 'Can Tho City']]);
  });

  it('gives the country a frame that says its goals are national outside brackets', () => {
    const found = targetsOf([
      'Can Tho reviews its digital plan',
      'Posted: 12/05/2026',
      'The Can Tho City People\'s Committee reviewed its plan on Monday.',
      'The national targets by 2030 (set by the Government) are:',
      '1. The digital economy accounts for 30 per cent of GDP.',
    ]);
    expect(found.map((t) => t[2])).toEqual(['Vietnam']);
  });
});

describe('a text the nation\'s body is the subject of', () => {
  it('is national by a title that opens with that body and names no place', () => {
    expect(nationalTitle('National Assembly passes Law on Digital Services, approves broadband programme')).toBe(true);
    expect(nationalTitle('Prime Minister approves Hai Phong\'s digital plan')).toBe(false);
    expect(nationalTitle('Deputies from Dong Nai meet voters')).toBe(false);
    // A leader visits provinces: the conference he speaks at may be a province's.
    expect(nationalTitle('Prime Minister speaks at conference on smart logistics')).toBe(false);
    // The head of the Government who approves or signs an instrument of the nation.
    expect(nationalTitle('PM approves digital push for river freight, sets 2030 goals')).toBe(true);
    expect(nationalTitle('Deputy Prime Minister signs scheme on digital cooperatives')).toBe(true);
    expect(nationalTitle('PM approves Quang Ngai\'s port plan')).toBe(false);
  });

  it('gives the country a Prime Minister\'s programme reported from a city, its headline below a page\'s every line of chrome', () => {
    const found = targetsOf([
      'Delta Courier',
      'https://deltacourier.example/2029/05/07/pm-approves-river-freight-programme',
      'NEWS | BUSINESS | MEKONG | OPINION',
      'Subscribe | Log in',
      'Monday, May 7',
      'Economy › Transport',
      'PM approves digital push for river freight, sets 2030 goals',
      'By Lam Thu',
      'CAN THO CITY — The Prime Minister on Friday signed Decision No. 512/QĐ-TTg approving a programme for river freight.',
      'By 2030, the programme aims for no fewer than 70% of river barges to carry tracking devices.',
    ]);
    expect(found).toEqual([[2030, 70, 'Vietnam']]);
  });

  it('is national when a ministry is that body, and not when the title names the province it works with', () => {
    expect(nationalTitle('The Ministry of Science and Technology answers petitions of voters sent to the National Assembly')).toBe(true);
    expect(nationalTitle('Ministry of Science and Technology works with Ca Mau province on shrimp genetics')).toBe(false);
    // (A ministry's department is no body of the nation.)
    expect(nationalTitle('Ministry of Finance\'s department reviews Hue budget')).toBe(false);
  });

  it('keeps the country\'s scope of a ministry\'s answers to one province\'s voters after another', () => {
    const found = targetsOf([
      'The Ministry of Science and Technology answers petitions of voters sent to the first session of the National Assembly',
      'Posted: 22/09/2026',
      'The Ministry has issued Official Letter No. 4120/BKHCN-VP answering the petitions of voters forwarded to it by the Committee for '
        + 'People\'s Aspirations and Supervision after the first session of the National Assembly.',
      'Petition 1. Voters of Cao Bằng province',
      'Content: Many border villages still have no mobile signal.',
      'Answer: 290 villages nationwide still lack mobile broadband; Cao Bằng has 48 of them. Under the national programme, 100% of '
        + 'villages are to have mobile broadband by the end of 2027.',
    ]);
    expect(found.map((t) => t[2])).toEqual(['Vietnam']);
  });

  it('keeps the country\'s scope when the lead names a city where a pilot runs', () => {
    const found = targetsOf([
      'National Assembly passes programme for remote areas',
      'Posted: 18/11/2026',
      'On November 18, the National Assembly adopted a resolution on broadband for remote areas and a pilot for fintech in Hồ Chí Minh City.',
      'The programme aims for 98 per cent of households in remote areas to have broadband by 2030.',
    ]);
    expect(found).toEqual([[2030, 98, 'Vietnam']]);
  });
});

describe('a firm defined with a short name that ends in lower case', () => {
  it('gives the firm the targets its short name sets ("Truong Son Telecom (TSTel)", "TSTel aims …")', () => {
    const found = targetsOf([
      'TSTel reports first-half results',
      '14.07.2026',
      'Hà Nội, July 14, 2026 - Lam Son Telecommunications Group (LSTel) today reported revenue of VND6,400 billion for the half year.',
      'Looking further ahead, LSTel aims for digital services to account for 40 per cent of its revenue by 2030.',
    ]);
    expect(found).toEqual([[2030, 40, 'Lam Son Telecommunications Group']]);
  });
});

describe('a deadline inside brackets closed before a figure', () => {
  it('is the bracketed figure\'s own: the figure after it takes the deadline before the brackets', () => {
    const found = targetsOf([
      'Lao Cai council adopts 2029 plan',
      'Posted: 08/12/2028',
      'The Lao Cai plan asks for the digital economy to reach 11% of GRDP in 2029 (the national goal is 30% by 2030), for 90% of '
        + 'administrative records to be processed online, and for 5G to cover 85% of inhabited areas by the end of 2029.',
    ]);
    expect(found.filter((t) => t[1] === 90)).toEqual([[2029, 90, 'Lao Cai']]);
  });
});

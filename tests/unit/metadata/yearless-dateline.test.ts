import { describe, expect, it } from 'vitest';
import { metadataOf } from './helpers.ts';

describe('a dateline without a year', () => {
  it('takes the year the text speaks of as current, not a future effect date', () => {
    const m = metadataOf(
      'City council adopts resolutions',
      'November 21',
      'On November 19, the council opened its session to review the city\'s performance in 2025 and decide tasks for 2026.',
      'The resolutions take effect from January 1, 2026.',
    );
    expect([m.date, m.dateSource]).toEqual(['2025-11-21', 'header']);
    expect(m.dateNote).toContain('in 2025');
  });

  it('gives no date when the text names no year, whatever the clock says', () => {
    const m = metadataOf('City council adopts resolutions', 'November 21', 'On November 19, the council opened its session.', 'Delegates discussed the budget.');
    expect(m.date).toBeNull();
  });

  it('does not let an old reference date outweigh the year the text is about', () => {
    const m = metadataOf(
      'Province reviews law',
      'On March 4, the province reviewed its work in 2025 under the Law on Organization of Local Government dated June 19, 2015.',
      'It set tasks in 2025 for all departments.',
    );
    expect(m.date).toBe('2025-03-04');
  });

  it('takes the year from the page\'s own address when it names the same day', () => {
    const m = metadataOf(
      'The Delta Courier',
      'https://deltacourier.example/2029/05/07/council-backs-river-data-hub',
      'Monday, May 7',
      'Council backs a river data hub',
      'The provincial council on Friday approved a data hub for river freight under a plan running to the end of 2031.',
      'The hub replaces a pilot set up under a decision of March 2, 2026.',
    );
    expect([m.date, m.dateSource]).toEqual(['2029-05-07', 'header']);
    expect(m.dateNote).toContain('address');
  });

  it('leaves an address with another day to the text, and reads a deadline "to the end of" a year as ahead', () => {
    const m = metadataOf(
      'https://deltacourier.example/2031/01/02/archive',
      'November 21',
      'Council reviews its first phase',
      'The council reviewed its work in 2027 and set the first phase to the end of 2029.',
      'The resolutions take effect from January 1, 2028.',
    );
    expect(m.date).toBe('2027-11-21');
  });

  it('moves the reasoned year to the nearest one whose day is the weekday the page names', () => {
    // 12 September is a Wednesday in 2029 and a Thursday in 2030 and in 2024; the text speaks of 2029 as its year.
    const lines = (weekday: string) => metadataOf(
      'Coastal Times',
      `${weekday}, September 12`,
      'Port authority opens a data room',
      'The port authority reviewed its work in 2029 and opened a data room for shipping agents.',
      'It had been set up under a decision of June 3, 2026.',
    );
    expect(lines('Wednesday').date).toBe('2029-09-12');
    const thursday = lines('Thursday');
    expect(thursday.date).toBe('2030-09-12');
    expect(thursday.dateNote).toContain('Thursday');
  });

  it('reads the weekday in Vietnamese, and a clock time set apart by a bar ("Thứ Năm, 12/9 | 08:15")', () => {
    const lines = (weekday: string) => metadataOf(
      'Coastal Times – Tin tức',
      `${weekday}, 12/9 | 08:15`,
      'Port authority opens a data room',
      'The port authority reviewed its work in the first eight months of 2029 and opened a data room for shipping agents.',
      'It had been set up under a decision of June 3, 2026.',
    );
    expect(lines('Thứ Tư').date).toBe('2029-09-12');
    expect(lines('Thứ 5').date).toBe('2030-09-12');
    const thursday = lines('Thứ Năm');
    expect(thursday.date).toBe('2030-09-12');
    expect(thursday.dateSource).toBe('header');
  });

  it('takes the year of the copyright in a long imprint line when the text reviews the year before it as its own', () => {
    const page = (copyright: string) => metadataOf(
      'MEKONG LEDGER · Cần Thơ and the delta',
      '22/4 · 07:45 | Economy | 3 min read',
      'Cần Thơ reviews its data goals',
      'CẦN THƠ (morning of 21/4) – The city\'s steering committee reviewed the goals it had set for the previous year under Plan No. 77/KH-UBND dated 3/2/2026.',
      'The city met nine of its twelve goals; 130 firms moved their accounts to the cloud in 2030, short of the 200 it had aimed for.',
      'Comments are moderated before they appear. Your name | Email | Comment | Send',
      `Mekong Ledger – Electronic newspaper · Licence No. 88/GP-BVHTTDL · Editor-in-chief: Lâm Thị Ngọc Hân · 12 Hòa Bình, Ninh Kiều ward · ${copyright}`,
    );
    const reviewed = page('© 2031 Mekong Ledger');
    expect(reviewed.date).toBe('2031-04-22');
    expect(reviewed.dateNote).toContain('© 2031');
    // A copyright years after the text's year is a template's: the text's year stands.
    expect(page('© 2034 Mekong Ledger').date).toBe('2030-04-22');
  });
});

describe('a text whose only year is in its documents\' numbers', () => {
  it('dates the day its lead reports by the latest such year', () => {
    const m = metadataOf('Council adopts two resolutions', 'Yesterday 14:20',
      'At its session on Tuesday, 10 July, the provincial council adopted Resolution No. 41/2029/NQ-HĐND on a data centre.',
      'Delegates also discussed the budget.');
    expect(m.date).toBe('2029-07-10');
    expect(m.dateNote).toContain('41/2029/NQ-HĐND');
  });
});

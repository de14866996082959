import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a section label in capitals glued to the dateline', () => {
  it('reads "PROVINCIAL NEWSApril 7, 2026 | 10:05 (GMT+7)" as the page date, not a day in the lead', () => {
    const m = metadataOf('Council reviews digital plan', 'PROVINCIAL NEWSApril 7, 2026 | 10:05 (GMT+7)', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-04-07', 'header']);
  });

  it('does not split a month written in capitals', () => {
    const m = metadataOf('Council reviews digital plan', 'SCIENCEMARCH', ...ARTICLE);
    expect(m.dateSource).not.toBe('header');
  });
});

describe('a posting date followed by an update stamp and a source', () => {
  it('reads the posting date of "Posted: 05/06/2026 08:10 | Updated: 05/06/2026 09:45 | Source: Department of Home Affairs"', () => {
    const line = 'Posted: 05/06/2026 08:10 | Updated: 05/06/2026 09:45 | Source: Department of Home Affairs';
    const m = metadataOf('Province trains commune officials in data skills', line, ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-06-05', 'header']);
  });

  it('still refuses a line where a sentence follows the date', () => {
    const line = 'Posted: 05/06/2026 | The province trained 300 officials in 2025 and 2026';
    expect(metadataOf('Province trains commune officials', line, ...ARTICLE).dateSource).not.toBe('header');
  });
});

describe('more dateline shapes: a month with day and year after a slash, a counter glued to the time, a dot before an update, a press release', () => {
  it('reads "SOCIETYOctober, 14/2026 - 07:30" as 14 October 2026', () => {
    expect(metadataOf('Council reviews digital plan', 'SOCIETYOctober, 14/2026 - 07:30', ...ARTICLE).date).toBe('2026-10-14');
  });

  it('reads a date whose time has a view counter glued to it, and one followed by "· Last updated"', () => {
    expect(metadataOf('Council reviews digital plan', 'Society - Education14/08/2026 11:20Views: 530', ...ARTICLE).date).toBe('2026-08-14');
    expect(metadataOf('Council reviews digital plan', 'LIVE03/03/2026 · Last updated 21:05', ...ARTICLE).date).toBe('2026-03-03');
  });

  it('reads a press release\'s date alone on its line below the title and the provider', () => {
    const m = metadataOf('Business Wire', 'Home | News | Tech', 'Search', 'Red River Robotics Signs Agreement with Thai Binh Province',
      'Partnership covers robot training for 400 workers', 'News provided by', 'Red River Robotics JSC', '09 Apr, 2026, 08:00 ICT', ...ARTICLE);
    expect([m.date, m.dateNote]).toEqual(['2026-04-09', 'Date printed in the page header ("09 Apr, 2026").']);
  });

  it('does not take a place\'s date line far down a legal page for the page\'s date', () => {
    const m = metadataOf('DECISION', 'On the provincial data centre', 'Issued by the Provincial People\'s Committee', 'Number: 12/QĐ-UBND',
      'Article 1', 'Approve the data centre project.', 'Hà Nội, 14/05/2026', ...ARTICLE);
    expect(m.dateSource).not.toBe('header');
  });
});

describe('an update stamp printed before the first publication', () => {
  it('reads "Updated 14/07/2026 10:20, first published 13/07/2026 07:45" as published on 13 July', () => {
    const m = metadataOf('Province trains commune officials in data skills', 'Updated 14/07/2026 10:20, first published 13/07/2026 07:45', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2026-07-13', 'header']);
  });
});

import { describe, expect, it } from 'vitest';
import { legalPage, news, relationsIn } from './helpers.ts';

describe('an instrument that amends, replaces or supersedes another', () => {
  it('reads "amending and supplementing a number of articles of"', () => {
    expect(relationsIn(news('The Government issued Decree No. 265/2025/NĐ-CP amending and supplementing a number of articles of Decree No. 60/2021/NĐ-CP on financial autonomy.')))
      .toEqual(['Decree 265/2025/NĐ-CP amends Decree 60/2021/NĐ-CP']);
  });

  it('reads the passive: "was replaced by", with the agent as the instrument that replaces', () => {
    expect(relationsIn(news("The Prime Minister's Decision No. 1409/QĐ-TTg on strategic technologies was replaced on June 12 by Decision No. 1052/QĐ-TTg.")))
      .toEqual(['Decision 1052/QĐ-TTg replaces Decision 1409/QĐ-TTg']);
  });

  it('reads "This Decision … replaces" on a legal page as the page\'s own decision', () => {
    expect(relationsIn(legalPage('518/QĐ-UBND', 'Article 4. This Decision takes effect from the date of signing and replaces Decision No. 1203/QĐ-UBND dated June 6, 2022.')))
      .toEqual(['Decision 518/QĐ-UBND replaces Decision 1203/QĐ-UBND']);
  });

  it('reads "the decree … supersedes" as the decree the lead reports made', () => {
    expect(relationsIn(news(
      'Deputy Prime Minister Pham Van Dinh on October 3 signed Decree No. 265/2025/NĐ-CP on autonomy, replacing Decree No. 54/2016/NĐ-CP.',
      'The decree takes effect from November 20, 2025 and supersedes Circular No. 90/2017/TT-BTC of the Ministry of Finance.',
    ))).toEqual(['Decree 265/2025/NĐ-CP replaces Decree 54/2016/NĐ-CP', 'Decree 265/2025/NĐ-CP supersedes Circular 90/2017/TT-BTC']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractFrom } from './helpers.ts';

describe('refiners', () => {
  it('OverlapRemovalRefiner keeps the longer of overlapping mentions', () => {
    const mentions = extractFrom('The Ho Chi Minh National Academy of Politics trains officials.');
    expect(mentions.map((m) => [m.type, m.text])).toEqual([['organization', 'Ho Chi Minh National Academy of Politics']]);
  });

  it('TitleReferenceRefiner attaches "the Party chief" to the General Secretary the text names, not to a former one', () => {
    const mentions = extractFrom('Former General Secretary Nong Duc Manh and General Secretary To Lam attended.', 'The Party chief said the plan was urgent.');
    const reference = mentions.find((m) => m.via === 'title');
    expect([reference?.text, reference?.name, reference?.certain]).toEqual(['Party chief', 'To Lam', true]);
  });

  it('TitleReferenceRefiner leaves an office the text does not name for the corpus to resolve', () => {
    expect(extractFrom('The Prime Minister asked ministries to act.').map((m) => m.key)).toEqual(['office:prime minister']);
  });

  it('does not read an instrument issuer as a reference to a person', () => {
    expect(extractFrom('Decision No. 80/QĐ-TTg dated February 11, 2023 of the Prime Minister applies.').filter((m) => m.type === 'person')).toEqual([]);
  });

  it('ConfirmedNameRefiner confirms a bare name that the text gives a title elsewhere', () => {
    const mentions = extractFrom('Minister Dao Ngoc Dung opened the fair.', 'The plan of Dao Ngoc Dung was adopted.');
    expect(mentions.filter((m) => m.type === 'person').map((m) => m.certain)).toEqual([true, true]);
  });

  it('ProvinceRefiner qualifies generic local bodies with the one province the text names', () => {
    const mentions = extractFrom('The Gia Lai Provincial Party Committee met.', 'Chairman of the Provincial People’s Committee Truong Hai Long spoke.');
    expect(mentions.filter((m) => m.type === 'organization').map((m) => m.name)).toEqual(['Gia Lai Provincial Party Committee', 'Gia Lai Provincial People’s Committee']);
  });
});

import { describe, expect, it } from 'vitest';
import { knownParser } from '../../../src/pipeline/extract/known-parser.ts';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';

describe('ENPersonParser', () => {
  it('finds a Vietnamese name after its title, with the title as role', () => {
    expect(people(parseWith(personParser, 'Deputy Prime Minister Tran Luu Quang visited the factory.'))).toEqual(['Tran Luu Quang: Deputy Prime Minister']);
  });

  it('reads roles before and after each name of an attendee list, and a group label for the whole clause', () => {
    const text = 'Attending were: Politburo members, Secretaries of the Party Central Committee: Head of the Central Economic Commission Tran Luu Quang, Chief of the Central Party Office Le Hoai Trung; Nguyen Van Thang - Minister of Finance, Chairman of the National Council.';
    expect(people(parseWith(personParser, text))).toEqual([
      'Tran Luu Quang: Politburo member / Secretary of the Party Central Committee / Head of the Central Economic Commission',
      'Le Hoai Trung: Politburo member / Secretary of the Party Central Committee / Chief of the Central Party Office',
      'Nguyen Van Thang: Minister of Finance / Chairman of the National Council',
    ]);
  });

  it('takes a title that ends the phrase opening a list', () => {
    expect(people(parseWith(personParser, 'Also present was Party Central Committee member, Minister of Home Affairs Do Thanh Binh.'))).toEqual(['Do Thanh Binh: Party Central Committee member / Minister of Home Affairs']);
  });

  it('finds a non-Vietnamese name only after a title or honorific', () => {
    expect(people(parseWith(personParser, 'Ambassador Marc Knapper met Ms. Susan Lee. Marc Knapper spoke.'))).toEqual(['Marc Knapper: Ambassador', 'Susan Lee: ']);
  });

  it('is certain of a name with a title, an honorific or a verb of saying, and unsure of a bare one', () => {
    const certainty = parseWith(personParser, 'Nguyen Van An said so. Prof. Le Van Binh agreed. The report of Tran Van Chung was long.').map((m) => [m.name, m.certain]);
    expect(certainty).toEqual([['Nguyen Van An', true], ['Le Van Binh', true], ['Tran Van Chung', false]]);
  });

  it('does not take places, longer proper nouns or photo credits for people', () => {
    const text = 'In Ha Tinh province, at Ho Chi Minh City and the Ho Chi Minh National Academy of Politics, delegates met. Photo: Nguyen Hai';
    expect(parseWith(personParser, text)).toEqual([]);
  });

  it('reads Vietnamese spellings with diacritics', () => {
    expect(people(parseWith(personParser, 'Chủ tịch Quốc hội, Chairman Trần Thanh Mẫn spoke.'))).toEqual(['Trần Thanh Mẫn: Chairman']);
  });
});

describe('a known person\'s name that opens a place\'s name', () => {
  it('is the place\'s: "Hồ Chí Minh City" names no person', () => {
    const parser = knownParser([{ id: 'person/ho-chi-minh', type: 'person', name: 'Ho Chi Minh', aliases: ['Hồ Chí Minh'], description: '', sources: [] }]);
    expect(parseWith(parser, 'Engineers leave for Hồ Chí Minh City after graduation.')).toEqual([]);
    expect(parseWith(parser, 'Labs in Huế, Thành phố Hồ Chí Minh and Cần Thơ joined.')).toEqual([]);
    expect(parseWith(parser, 'They quoted Hồ Chí Minh on education.').map((m) => m.name)).toEqual(['Ho Chi Minh']);
  });
});

describe('a known person\'s name that opens a body\'s name', () => {
  it('is the body\'s: "Hồ Chí Minh Communist Youth Union" names no person', () => {
    const parser = knownParser([{ id: 'person/ho-chi-minh', type: 'person', name: 'Ho Chi Minh', aliases: ['Hồ Chí Minh'], description: '', sources: [] }]);
    expect(parseWith(parser, 'The Hồ Chí Minh Communist Youth Union launched the campaign.')).toEqual([]);
    expect(parseWith(parser, 'He studied at the Hồ Chí Minh National Academy of Politics.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';
import { extractFrom, people } from './helpers.ts';

describe('Vietnamese honorifics before a name, as a mixed page prints them', () => {
  it('reads "Ông" and "Bà" as "Mr" and "Mrs", not as the first word of the name', () => {
    expect(people(extractFrom(
      'Ông Lý Văn Tâm, Acting Chairman of the Commune People\'s Committee, presented the report. Bà Thạch Thị Sen, Deputy Head of the Economic Committee, chaired the discussion.',
    ))).toEqual(['Lý Văn Tâm: Acting Chairman of the Commune People\'s Committee', 'Thạch Thị Sen: Deputy Head of the Economic Committee']);
  });

  it('takes "Ông Tâm said" for the person named before, and keeps a place that opens with "Bà"', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': [
      'Commune council session', '12/12/2026',
      'Ông Lý Văn Tâm, Acting Chairman of the Commune People\'s Committee, presented the report. Ông Tâm said the commune would open a service desk.',
      'Delegates from Bà Rịa - Vũng Tàu attended the session.',
    ].join('\n') });
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Lý Văn Tâm']);
  });
});

describe('titles told around an honorific or a sum', () => {
  it('reads a title before "Comrade" and the name as the person\'s', () => {
    expect(people(extractFrom('The Chairman of the Provincial People\'s Committee, Comrade Hà Văn Tuấn, told me this morning that the numbers are ambitious.')))
      .toEqual(['Hà Văn Tuấn: Chairman of the Provincial People\'s Committee']);
  });

  it('takes "its CEO" for the firm named before a sum, not for the currency\'s code', () => {
    expect(people(extractFrom('Biển Xanh Robotics will pay VND 25 million per intern per year, says its CEO, Lưu Quang Vinh.')))
      .toEqual(['Lưu Quang Vinh: CEO of Biển Xanh Robotics']);
  });
});

describe('a page\'s contact', () => {
  it('is no person of the text: a short paragraph with the name, then a telephone or an email', () => {
    expect(people(extractFrom(
      'Director Đỗ Minh Quang said the department would open the second call in June.',
      'Ms Vũ Thị Lan, Head of the Technology Transfer Division, Department of Science and Technology. Tel: 0236 3 82x xxx. Email: hotro@sokhcn.gov.vn',
    ))).toEqual(['Đỗ Minh Quang: Director']);
  });
});

import { describe, expect, it } from 'vitest';
import { issuerPlace, leadPlace } from '../../../src/pipeline/targets/scope.ts';
import { metadataOf } from '../metadata/helpers.ts';
import { timelineOf } from '../events/helpers.ts';

/**
 * A legal-database page that prints no date of its own: its fields in Vietnamese, then an English translation of a provincial
 * decision whose heading names the issuer in capitals and whose place-date line dates it.
 */
const DATABASE_PAGE = [
  'LUẬT VIỆT | Văn bản | Dự thảo | Tiếng Anh | Đăng nhập',
  'Trang chủ > Văn bản > Khoa học - Công nghệ > Quyết định 731/QĐ-UBND năm 2027 Kon Tum',
  'Quyết định 731/QĐ-UBND năm 2027 sửa đổi Kế hoạch 95/KH-UBND tỉnh Kon Tum',
  'Nội dung | Tiếng Anh | Thuộc tính | Tải về',
  'THUỘC TÍNH VĂN BẢN',
  'Số hiệu: | 731/QĐ-UBND | Loại văn bản: | Quyết định',
  'Nơi ban hành: | Tỉnh Kon Tum | Người ký: | Lê Văn Sang',
  'Ngày ban hành: | 11/05/2027 | Ngày hiệu lực: | Đã biết',
  'Tình trạng: | Còn hiệu lực',
  'Văn bản được sửa đổi, bổ sung: | 95/KH-UBND',
  'Bạn đang xem bản dịch tiếng Anh. Bản dịch chỉ mang tính tham khảo.',
  'PEOPLE\'S COMMITTEE OF KON TUM PROVINCE | SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness',
  'No. 731/QD-UBND | Kon Tum, May 11, 2027',
  'DECISION',
  'Amending Plan No. 95/KH-UBND of the Provincial People\'s Committee on digital transformation',
  'Article 1. Point a, Clause 2 of the Plan is amended as follows: "a) By the end of 2028, at least 85% of eligible administrative '
    + 'procedures shall be provided as full-process online public services;"',
  'Article 2. This Decision takes effect from the date of signing.',
];

describe('a province named in a heading in capitals', () => {
  it('is the place before "PROVINCE" or "CITY", not the words of the body before it', () => {
    expect(leadPlace('PEOPLE\'S COMMITTEE OF NGHE AN PROVINCE')).toBe('Nghe An');
    expect(leadPlace('PEOPLE\'S COMMITTEE OF DA NANG CITY')).toBe('Da Nang City');
    // Names in lower case keep their own reading, and a name running on past a place before "City" is still the place's.
    expect(leadPlace('The People\'s Committee of Nghe An Province issued the plan.')).toBe('Nghe An');
    expect(leadPlace('The Đà Nẵng Smart City app has a new version.')).toBe('Da Nang City');
  });

  it('takes an unlisted name before "City" after "the" for a landmark, not a city', () => {
    expect(leadPlace('A digital archive records every object in the Imperial City, the Hue City People\'s Committee said.')).toBe('Hue City');
    expect(leadPlace('The Imperial City archive opened to the public.')).toBeNull();
    expect(leadPlace('The plan of the Vinh City People\'s Committee')).toBe('Vinh City');
  });

  it('names the issuer of a document printed below a page\'s fields, in its first heading in capitals only', () => {
    expect(issuerPlace(DATABASE_PAGE.slice(5).map((text) => ({ text })))).toBe('Kon Tum');
    expect(issuerPlace([{ text: 'The Provincial People\'s Committee of Kon Tum Province issued a plan.' }])).toBeNull();
  });

  it('finds a heading beside the national motto further down, below a long schema of related documents', () => {
    const related = Array.from({ length: 14 }, (_, i) => ({ text: `Related: Plan ${i + 10}/KH-UBND of another province` }));
    const blocks = [...related, ...DATABASE_PAGE.slice(11).map((text) => ({ text }))];
    expect(issuerPlace(blocks)).toBe('Kon Tum');
    // (A heading in capitals that far down, without the motto, is a page's, not the document's.)
    expect(issuerPlace([...related, { text: 'QUẢNG NINH PROVINCE SIGNS 5G DEAL | 12/09/2027' }])).toBeNull();
  });

  it('finds a city\'s body named without its kind on the line above the motto ("HANOI PEOPLE\'S COUNCIL")', () => {
    const related = Array.from({ length: 14 }, (_, i) => ({ text: `Related: Plan ${i + 10}/KH-UBND of another province` }));
    const heading = (issuer: string) => [...related, { text: issuer }, { text: 'SOCIALIST REPUBLIC OF VIETNAM – Independence – Freedom – Happiness' }];
    expect(issuerPlace(heading('HANOI PEOPLE\'S COUNCIL'))).toBe('Hanoi');
    expect(issuerPlace(heading('PEOPLE\'S COMMITTEE OF DA NANG'))).toBe(issuerPlace([{ text: 'DA NANG CITY PEOPLE\'S COMMITTEE' }]));
    // (A body in capitals whose first words are no listed place names none.)
    expect(issuerPlace(heading('NATIONAL INNOVATION CENTRE PARTY COMMITTEE'))).toBeNull();
  });

  it('reads a quoted amended point\'s time and label as no part of its metric', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': [...DATABASE_PAGE.slice(0, 15), 'Article 1. A new Point e is added as follows: "e) By 2028, '
      + '100% of communes, wards and the special zones of Vân Đồn and Cô Tô have 5G coverage in all residential areas."'].join('\n') });
    expect(targets.map((t) => [t.metric, t.value, t.deadline])).toEqual([
      ['communes, wards and the special zones of Vân Đồn and Cô Tô have 5G coverage in all residential areas', 100, 2028],
    ]);
  });

  it('scopes the decision\'s targets to its issuer, where the page\'s lead names no place', () => {
    const { targets } = timelineOf({ 'seeds/a.txt': DATABASE_PAGE.join('\n') });
    expect(targets.map((t) => [t.value, t.deadline, t.scope])).toEqual([[85, 2028, 'Kon Tum']]);
  });
});

describe('a legal-database page that prints no date of its own', () => {
  it('is dated by the document\'s heading below its fields', () => {
    const m = metadataOf(...DATABASE_PAGE);
    expect([m.date, m.dateSource]).toEqual(['2027-05-11', 'header']);
  });

  it('keeps a date of the page\'s own over the heading', () => {
    expect(metadataOf(...DATABASE_PAGE.slice(0, 9), 'Cập nhật: | 14/05/2027', ...DATABASE_PAGE.slice(9)).date).toBe('2027-05-14');
  });

  it('finds that date below twenty lines of fields, over the document\'s "Date issued"', () => {
    const fields = ['Number: 731/QĐ-UBND', 'Type: Decision', 'Issuing body: Kon Tum Provincial People\'s Committee', 'Signer: Lê Văn Sang',
      'Date issued: May 11th, 2027', 'Gazette: Not yet published', 'Field: Science - Technology', 'Status: Đã biết'];
    expect(metadataOf(...DATABASE_PAGE.slice(0, 9), ...fields, 'Last updated: 14/05/2027', ...DATABASE_PAGE.slice(9)).date).toBe('2027-05-14');
  });
});

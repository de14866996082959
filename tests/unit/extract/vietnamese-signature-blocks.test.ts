import { describe, expect, it } from 'vitest';
import { extractFrom, people, peopleOfPage } from './helpers.ts';

describe('a signature block printed in Vietnamese, or with its cells set apart by bars', () => {
  it('reads "TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH" at the level of the heading\'s body', () => {
    const found = people(extractFrom('ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'The plan takes effect from the date of signing.',
      'TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH', '(Đã ký)', 'Lò Văn Tiến'));
    expect(found).toContain('Lò Văn Tiến: Vice Chairman of the Provincial People\'s Committee');
  });

  it('reads a city\'s and a commune\'s heading in Vietnamese, whose level ends in a letter with a diacritic', () => {
    expect(people(extractFrom('ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'The decision takes effect from the date of signing.',
      'TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH', '(Đã ký)', 'Lê Văn Thành'))).toContain('Lê Văn Thành: Chairman of the City People\'s Committee');
    expect(people(extractFrom('HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP', 'The resolution takes effect from the date of signing.', 'CHỦ TỊCH', 'Đỗ Thị Hoa')))
      .toContain('Đỗ Thị Hoa: Chairman of the Commune People\'s Council');
  });

  it('gives a body signed for without its level the level of the body whose heading opens the document', () => {
    const found = people(extractFrom('HUE CITY PEOPLE\'S COMMITTEE | SOCIALIST REPUBLIC OF VIETNAM', 'This Decision takes effect from the date of signing.',
      'FOR THE PEOPLE\'S COMMITTEE', 'CHAIRMAN', 'Phan Thiên Định'));
    expect(found).toContain('Phan Thiên Định: Chairman of the City People\'s Committee');
  });

  it('reads "KT. BỘ TRƯỞNG / THỨ TRƯỞNG" as a deputy minister of the ministry the document names', () => {
    const found = people(extractFrom('The Ministry of Science and Technology issues this circular.', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', '(Đã ký)', 'Hồ Văn Nam'));
    expect(found).toContain('Hồ Văn Nam: Deputy Minister of Science and Technology');
  });
});

describe('a signature block in two languages, and a signer whose family name is also "Mr"', () => {
  it('reads each cell "PHÓ THỦ TƯỚNG / DEPUTY PRIME MINISTER" as two lines, and "Ông" before a middle name as the family name', () => {
    const found = people(extractFrom('The Prime Minister approves the genomic data programme.', 'KT. THỦ TƯỚNG / FOR THE PRIME MINISTER',
      'PHÓ THỦ TƯỚNG / DEPUTY PRIME MINISTER', '(signed and sealed)', 'Ông Văn Lực'));
    expect(found).toEqual(['Ông Văn Lực: Deputy Prime Minister']);
  });

  it('keeps "Ông" as "Mr" before a family name', () => {
    expect(people(extractFrom('Ông Trần Chí Thuận said the plan would be revised.')).map((p) => p.split(':')[0])).toEqual(['Trần Chí Thuận']);
  });

  it('reads "KT. CHI CỤC TRƯỞNG / FOR THE HEAD" over "PHÓ CHI CỤC TRƯỞNG / DEPUTY HEAD" as the signer\'s deputy headship', () => {
    const found = people(extractFrom('The sub-department asks traders to register their scales.', 'KT. CHI CỤC TRƯỞNG / FOR THE HEAD',
      'PHÓ CHI CỤC TRƯỞNG / DEPUTY HEAD', 'Lê Thị Thanh Mai'));
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(/^Lê Thị Thanh Mai: Deputy Head\b/);
  });
});

describe('a signer\'s title that a fuller one of the same text says again, and a court\'s chief judge', () => {
  it('drops "Branch Director" beside "Director of the Hà Giang branch of Red River Telecom", and reads "Chief Judge" whole', () => {
    expect(peopleOfPage(['RED RIVER TELECOM', 'Tin tứcTin tức14/05/2031'], 'Red River Telecom will switch off its 2G network.',
      'Director of the Hà Giang branch of Red River Telecom Sùng Văn Páo explained the switch-off.', 'GIÁM ĐỐC CHI NHÁNH / BRANCH DIRECTOR',
      'Sùng Văn Páo')).toEqual(['Sùng Văn Páo: Director of the Hà Giang branch of Red River Telecom']);
    expect(peopleOfPage(['COURT NEWS', 'Tin tứcTin tức17/09/2030'], 'Chief Judge of the Hòa Bình Provincial People\'s Court Đinh Văn Lâm '
      + 'chaired the conference. Senior Judge Quách Thị Hương, Deputy Chief Judge of the Hòa Bình Provincial People\'s Court, showed the portal.'))
      .toEqual(['Quách Thị Hương: Deputy Chief Judge of the Hòa Bình Provincial People\'s Court',
        'Đinh Văn Lâm: Chief Judge of the Hòa Bình Provincial People\'s Court']);
  });
});

describe('a signer right above a notice board\'s rail', () => {
  it('is a person under a title in two languages, no outlet\'s name', async () => {
    const { timelineOf } = await import('../events/helpers.ts');
    const page = ['SƠN HÀ WATER JOINT STOCK COMPANY', 'Thông báo | 09/06/2031 08:15', 'Notice on smart water meters',
      'Under Notice No. 3317/TB-SHW dated 6/6/2031, the company informs customers in Tân Uyên ward that smart meters will be fitted from 1 July.',
      'Fitting is free. Customers will receive a text message two days before a fitter comes to their home, and can change the day in the app.',
      'Readings will be sent every hour, and customers will see their use in the app the next morning. Paper bills end in December.',
      'KT. GIÁM ĐỐC / FOR THE DIRECTOR', 'PHÓ GIÁM ĐỐC / DEPUTY DIRECTOR', 'Lục Văn Thuận', 'Thông báo khác',
      '- Water quality report for May (02/06/2031)', '- Notice on pipe repairs in Khánh Bình ward (28/05/2031)'].join('\n');
    const people = timelineOf({ 'a.txt': page }).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Lục Văn Thuận']);
  });
});

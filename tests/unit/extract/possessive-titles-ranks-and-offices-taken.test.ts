import { describe, expect, it } from 'vitest';
import { extractFrom, people } from './helpers.ts';

describe('titles whose body is named earlier, ranks, and offices taken', () => {
  it('reads "its <title>" as the title of the body named last before it, leaving places out', () => {
    expect(people(extractFrom('Third prize went to Coral Drones of Khánh Hòa for a net robot; its founder Võ Minh Tâm thanked the jury.',
      'For next year, the Young Makers Foundation aims for more entries, its chairman Cao Văn Hiển said.'))).toEqual([
      'Võ Minh Tâm: founder of Coral Drones', 'Cao Văn Hiển: chairman of the Young Makers Foundation',
    ]);
  });

  it('reads a firm\'s title in lower case that opens a sentence with a capital', () => {
    expect(people(extractFrom('Managing partner of Red River Ventures Đinh Thu Hà announced the fund would invest.')))
      .toEqual(['Đinh Thu Hà: Managing partner of Red River Ventures']);
  });

  it('takes a rank for how a person is addressed, not a post, and keeps the post before it', () => {
    expect(people(extractFrom('The report is signed by Director of the Coastal Data Centre, Colonel Lương Thế Bảo.',
      'Senior Lieutenant Colonel Hồ Văn Đạt led the team.'))).toEqual([
      'Lương Thế Bảo: Director of the Coastal Data Centre', 'Hồ Văn Đạt: ',
    ]);
  });

  it('reads the office a person takes, without the day it was taken', () => {
    expect(people(extractFrom('Đỗ Thị Lan Anh took office as Deputy Minister of Finance on Monday.',
      'Trịnh Văn Quý was sworn in as Governor of the State Bank on Friday.'))).toEqual([
      'Đỗ Thị Lan Anh: Deputy Minister of Finance', 'Trịnh Văn Quý: Governor of the State Bank',
    ]);
  });

  it('finds a Vietnamese name after a body whose name has a title\'s word in it ("General Hospital")', () => {
    expect(people(extractFrom('Director of Cà Mau General Hospital Tạ Thị Ngọc thanked the team.')))
      .toEqual(['Tạ Thị Ngọc: Director of Cà Mau General Hospital']);
  });

  it('keeps a constituency that is a listed place whose first word is also a family name', () => {
    expect(people(extractFrom('Lưu Quang Vĩnh, a National Assembly deputy for Hà Giang who voted against, said the bar was too low.')))
      .toEqual(['Lưu Quang Vĩnh: National Assembly deputy for Hà Giang']);
  });

  it('reads a lower-case title with its body over the bare head, and stops at a relative clause', () => {
    expect(people(extractFrom('"They picked things that reach people," said Mai Đức Toàn, chairman of the prize jury and a former rector.',
      'Kiều Văn Sơn, now Deputy Director of the Hà Tĩnh Department of Health, who headed a hospital until June, looks after clinics.',
      'People\'s Council delegate Lò Thị Hoa asked why the target was a range.'))).toEqual([
      'Mai Đức Toàn: chairman of the prize jury', 'Kiều Văn Sơn: Deputy Director of the Hà Tĩnh Department of Health',
      'Lò Thị Hoa: People\'s Council delegate',
    ]);
  });
});

describe('signature blocks, hyphenated titles and professionals', () => {
  it('gives the name under "(signed)" the title printed in capitals above it, not the one it signs for', () => {
    const blocks = ['Article 3. This Decision takes effect from the date of signing.', 'FOR THE PRIME MINISTER', 'DEPUTY PRIME MINISTER', '(signed)',
      'Đoàn Văn Khải'];
    expect(people(extractFrom(...blocks))).toEqual(['Đoàn Văn Khải: Deputy Prime Minister']);
    expect(people(extractFrom('Article 3. This Decision takes effect from the date of signing.', 'FOR THE PRIME MINISTER', '(signed)', 'Đoàn Văn Khải')))
      .toEqual(['Đoàn Văn Khải: ']);
  });

  it('gives a title without a body the body signed for, and a title after a body\'s kind in the possessive that body', () => {
    expect(people(extractFrom('This Resolution takes effect from August 1, 2026.', 'ON BEHALF OF THE PROVINCIAL PEOPLE\'S COUNCIL', 'CHAIRMAN',
      '(Signed)', 'Hà Văn Thụ'))).toEqual(['Hà Văn Thụ: Chairman of the Provincial People\'s Council']);
    expect(people(extractFrom('The delegation visited the Pà Cò Herbal Cooperative on Tuesday. The cooperative\'s director, Giàng A Lử, said '
      + 'buyers paid more.'))).toEqual(['Giàng A Lử: director of the Pà Cò Herbal Cooperative']);
  });

  it('reads a title held besides in a relative clause after the person\'s given name alone ("Sơn, who is also …, said")', () => {
    expect(people(extractFrom('The meeting was chaired by Phạm Trường Sơn, Chairman of the Quảng Ngãi Provincial People\'s Committee.',
      'Concluding the meeting, Sơn, who is also Deputy Secretary of the Quảng Ngãi Provincial Party Committee, said the province could not wait.',
      'Sơn said the province would report every month.'))).toEqual([
      'Phạm Trường Sơn: Chairman of the Quảng Ngãi Provincial People\'s Committee',
      'Phạm Trường Sơn: Deputy Secretary of the Quảng Ngãi Provincial Party Committee',
      // (A short name that only speaks adds no title.)
      'Phạm Trường Sơn: ',
    ]);
  });

  it('reads a hyphenated title, a body\'s spokesperson, a lower-case director of a firm and a professional at a firm', () => {
    expect(people(extractFrom('Minister-Chairman of the Government Office Lại Văn Thành, who is also the Government\'s spokesperson, said decrees were out.',
      'Hà Minh Đức, director of Lạc Hồng Software JSC, said his firm had waited.',
      '"It is real," said Anya Petrova, a battery analyst at Northgate Research.'))).toEqual([
      'Lại Văn Thành: Minister-Chairman of the Government Office / Government\'s spokesperson',
      'Hà Minh Đức: director of Lạc Hồng Software JSC', 'Anya Petrova: battery analyst at Northgate Research',
    ]);
  });

  it('takes no determiner that opens a sentence for a firm ("Its chief executive, X")', () => {
    expect(people(extractFrom('Its chief executive, Trần Thu Hà, says the company aims to hire.'))).toEqual(['Trần Thu Hà: chief executive']);
  });

  it('leaves out where a firm is, and takes a city named with its Vietnamese kind for no person', () => {
    expect(people(extractFrom('"It is real," said Anya Petrova, a battery analyst at Northgate Research in Singapore.',
      'The lab lists sites in Huế, Thành phố Hồ Chí Minh and Cần Thơ.'))).toEqual(['Anya Petrova: battery analyst at Northgate Research']);
  });
});

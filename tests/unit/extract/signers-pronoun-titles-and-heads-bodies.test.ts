import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/extract.ts';
import type { Block } from '../../../src/pipeline/types.ts';
import { extractFrom, people } from './helpers.ts';
import { dated, timelineOf } from '../events/helpers.ts';

describe('a signature block', () => {
  it('gives a deputy signing for the head the body signed for, past the "PP. CHAIRMAN" line', () => {
    const found = people(extractFrom('The decision takes effect from the date of signing.', 'ON BEHALF OF THE PROVINCIAL PEOPLE\'S COMMITTEE',
      'PP. CHAIRMAN', 'VICE CHAIRMAN', '(Signed and sealed)', 'Trần Quang Vĩnh'));
    expect(found).toContain('Trần Quang Vĩnh: Vice Chairman of the Provincial People\'s Committee');
  });

  it('gives a deputy signing for "THE PEOPLE\'S COMMITTEE" the level of the heading that names its place ("… OF KON TUM PROVINCE")', () => {
    const found = people(extractFrom('PEOPLE\'S COMMITTEE OF KON TUM PROVINCE | SOCIALIST REPUBLIC OF VIETNAM',
      'The plan takes effect from the date of signing.', 'FOR THE PEOPLE\'S COMMITTEE', 'PP. CHAIRMAN', 'VICE CHAIRWOMAN', 'Y Thị Hoa'));
    expect(found).toContain('Y Thị Hoa: Vice Chairwoman of the Provincial People\'s Committee');
  });

  it('reads "FOR THE CHAIRMAN" as "PP. CHAIRMAN" in English, and the body signed for as a legal-database page\'s "Issuing body" names it', () => {
    const found = people(extractFrom('Nơi ban hành / Issuing body: Quảng Trị Provincial People\'s Committee', 'Người ký / Signer: Le Van Hau',
      'This Decision takes effect from the date of signing.', 'ON BEHALF OF THE PEOPLE\'S COMMITTEE', 'FOR THE CHAIRMAN', 'VICE CHAIRMAN',
      'Lê Văn Hậu'));
    expect(found).toContain('Lê Văn Hậu: Vice Chairman of the Quảng Trị Provincial People\'s Committee');
  });

  it('reads "FOR THE HEAD OF THE COMMISSION" as a line that signs for the head, whose deputy is no head of the head', () => {
    const found = people(extractFrom('The outline is sent to Party committees.', 'FOR THE HEAD OF THE COMMISSION', 'DEPUTY HEAD', '(signed)',
      'Hà Thị Thanh Bình'));
    expect(found).toEqual(['Hà Thị Thanh Bình: Deputy Head']);
  });

  it('holds a title signed "FOR THE DIRECTOR" at the body the heading names with its field ("… FOUNDATION FOR …"), not at its parent', () => {
    const found = people(extractFrom('NATIONAL FOUNDATION FOR MARINE SCIENCE DEVELOPMENT', 'No.: 14/TB-QPTBB | Hà Nội, May 4, 2027',
      'The call closes on June 30.', 'FOR THE DIRECTOR', 'DEPUTY DIRECTOR', 'Hồ Thị Lan Anh'));
    expect(found).toContain('Hồ Thị Lan Anh: Deputy Director of the National Foundation for Marine Science Development');
    const under = people(extractFrom('PROVINCIAL PEOPLE\'S COMMITTEE OF KON TUM | SOCIALIST REPUBLIC OF VIETNAM', 'PROVINCIAL INSPECTORATE',
      'The conclusion is published in full.', 'CHIEF INSPECTOR', 'Đinh Văn Sơn'));
    expect(under).toContain('Đinh Văn Sơn: Chief Inspector of the Provincial Inspectorate');
  });

  it('keeps "FOR THE MINISTER / DEPUTY MINISTER" a deputy of the ministry the document names', () => {
    const found = people(extractFrom('The Ministry of Science and Technology invites comments on the draft.', 'FOR THE MINISTER', 'DEPUTY MINISTER',
      'Đỗ Văn Khải'));
    expect(found).toContain('Đỗ Văn Khải: Deputy Minister of Science and Technology');
  });

  it('gives a deputy minister signing "FOR THE MINISTER" the ministry the document names', () => {
    const found = people(extractFrom('The Ministry of Education and Training invites comments on the draft circular.', 'FOR THE MINISTER',
      'DEPUTY MINISTER', '(signed)', 'Đào Thị Hạnh'));
    expect(found).toContain('Đào Thị Hạnh: Deputy Minister of Education and Training');
  });

  it('gives a name right under its title, with no "(signed)" line, that title at the body whose heading opens the document', () => {
    const found = people(extractFrom('SOC TRANG PROVINCIAL PEOPLE\'S COUNCIL', 'RESOLUTION', 'Article 1. This Resolution takes effect on May 1, 2026.',
      'CHAIRWOMAN', 'Lâm Thị Hồng Nhung'));
    expect(found).toContain('Lâm Thị Hồng Nhung: Chairwoman of the Provincial People\'s Council');
    // A line in capitals that is no title gives nothing.
    expect(people(extractFrom('SOC TRANG PROVINCIAL PEOPLE\'S COUNCIL', 'IMPORTANT NOTICE', 'Lâm Thị Hồng Nhung')).join())
      .not.toContain('Notice');
  });

  it('reads the signer of a legal page\'s fields glued to the field before ("Tỉnh Sóc TrăngNgười ký:Lâm Thị Hồng Nhung")', () => {
    expect(people(extractFrom('Nơi ban hành:Tỉnh Sóc TrăngNgười ký:Lâm Thị Hồng Nhung', 'The resolution takes effect on May 1, 2026.')).join())
      .toContain('Lâm Thị Hồng Nhung');
  });
});

describe('titles a text gives without a name or a body', () => {
  it('reads "; he is also …" after a name as that person\'s title', () => {
    const found = people(extractFrom('Vũ Đình Khôi was elected Deputy Secretary of the Provincial Party Committee; he is also Chairman of the '
      + 'Provincial People\'s Committee.'));
    expect(found).toEqual(['Vũ Đình Khôi: Deputy Secretary of the Provincial Party Committee / Chairman of the Provincial People\'s Committee']);
  });

  it('gives a bare "Vice Chairman" the body the text\'s chairman heads, unless the person has a body of their own', () => {
    const found = people(extractFrom('Chairman of the Provincial People\'s Committee Lò Văn Thắng spoke to our reporter.',
      'Vice Chairman Hà Minh Sơn heads our working group on data.'));
    expect(found).toContain('Hà Minh Sơn: Vice Chairman of the Provincial People\'s Committee');
    const own = people(extractFrom('Vice Chairman of the City People\'s Committee Đặng Văn Tú chaired the conference.',
      'Vice Chairman Đặng Văn Tú speaks. Photo: Minh Anh', 'Nguyễn Văn Khải, Chairman of the City Association of Software Firms, said so.'));
    expect(own.filter((p) => p.startsWith('Đặng'))).not.toContain('Đặng Văn Tú: Vice Chairman of the City Association of Software Firms');
  });

  it('keeps the place of a council before "delegate"', () => {
    expect(people(extractFrom('City People\'s Council delegate Trịnh Thị Mơ said small traders did not know the support existed.')))
      .toEqual(['Trịnh Thị Mơ: City People\'s Council delegate']);
  });
});

describe('titles given by an election, and deputies named with where they are from', () => {
  it('gives a person elected "as" a post that post, not the one in apposition that the election ends', () => {
    const found = people(extractFrom('The council then elected Ms Hà Thị Lan, until now Director of the Department of Home Affairs, as Vice '
      + 'Chairwoman of the Provincial People\'s Committee for the 2026-2031 term.'));
    expect(found).toEqual(['Hà Thị Lan: Vice Chairwoman of the Provincial People\'s Committee']);
  });

  it('reads "deputy X of <place>, <title>" as X holding the title, and the place as no person', () => {
    const found = people(extractFrom('I invite deputy Lưu Văn Khải of Hưng Yên, Standing Member of the Committee on Law and Justice.'));
    expect(found).toEqual(['Lưu Văn Khải: Standing Member of the Committee on Law and Justice']);
  });

  it('reads a name after a common noun\'s "from", "in" or "at" as the place the noun is of, unless a title stands around it', () => {
    expect(people(extractFrom('A boat owner from Thạch Lạc said his logbook was still on paper.', 'Farmers in Tân Lập said the app helped.')))
      .toEqual([]);
    expect(people(extractFrom('A letter from Đỗ Văn Thành, Director of the Department of Health, arrived on Monday.')))
      .toEqual(['Đỗ Văn Thành: Director of the Department of Health']);
    expect(people(extractFrom('Speaking in Hà Nội, Minister Đỗ Văn Thành said the hub would help.'))).toEqual(['Đỗ Văn Thành: Minister']);
  });
});

describe('minutes that label who chaired and who kept them', () => {
  it('gives "Chair: Mr. X, Vice Chairman of …" the post in apposition only, and a bare label its function', () => {
    const found = people(extractFrom('Chair: Mr. Lò Văn Tâm, Vice Chairman of the Mường Lay Town People\'s Committee.',
      'Secretary: Ms. Vi Thị Hoa, Deputy Head of the Town Office.', 'Chair: Mr. Đinh Công Sứ'));
    expect(found).toContain('Lò Văn Tâm: Vice Chairman of the Mường Lay Town People\'s Committee');
    expect(found).toContain('Vi Thị Hoa: Deputy Head of the Town Office');
    expect(found).toContain('Đinh Công Sứ: Chair');
  });

  it('reads a committee\'s "Head:" and "Members:" labels the same way: the post in apposition is the role', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': dated('05/03/2027', 'FUNERAL COMMITTEE', '- Head: Hoàng Anh Dũng, Minister of Science and '
      + 'Technology', '- Members: Trịnh Thu Trang, Deputy Minister of Science and Technology; and representatives of the family.') });
    const roles = entities.flatMap((e) => (e.type === 'person' ? e.roles.map((r) => `${e.name}: ${r.title}`) : []));
    expect(roles.sort()).toEqual(['Hoàng Anh Dũng: Minister of Science and Technology', 'Trịnh Thu Trang: Deputy Minister of Science and Technology']);
  });
});

describe('an official\'s profile page', () => {
  it('gives the person its "Full name:" field names the posts listed under "CURRENT POSITIONS"', () => {
    const blocks = [
      { kind: 'heading', text: 'Full name: Đoàn Hữu Phước' }, { kind: 'paragraph', text: 'Year of birth: 1971' },
      { kind: 'heading', text: 'CURRENT POSITIONS' },
      { kind: 'list', text: 'Deputy Minister of Finance\nMember of the Party Committee of the Ministry of Finance' },
    ].map((b, i) => ({ ...b, line: i + 1, start: 0, end: b.text.length })) as Block[];
    const found = people(extractMentions(blocks));
    expect(found).toContain('Đoàn Hữu Phước: Deputy Minister of Finance / Member of the Party Committee of the Ministry of Finance');
  });

  it('gives a candidate named in a row of fields the post of its "Current position:" field, named there alone', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': ['Election Information Portal', 'Ngày đăng: 05/03/2031 | Lượt xem: 1.204',
      'Candidate profile and action programme: Lò Thị Hồng Nhung', 'Candidate Lo Thi Hong Nhung. Photo supplied by the candidate',
      'Full name: Lò Thị Hồng Nhung | Gender: Female | Year of birth: 1986',
      'Current position: Deputy Director of the Sơn La Department of Agriculture and Environment',
      'Standing for: Provincial People\'s Council, Constituency No. 2',
      'If elected, I will push for a single digital platform for the sale of plums and tea.'].join('\n') });
    const roles = entities.flatMap((e) => (e.type === 'person' ? [`${e.name}: ${e.roles.map((r) => r.title).join(' / ')}`] : []));
    expect(roles).toEqual(['Lò Thị Hồng Nhung: Deputy Director of the Sơn La Department of Agriculture and Environment']);
  });
});

describe('a relative named by kin', () => {
  it('is a person of the text, with no role ("his eldest son, X", "Her husband X")', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': dated('05/03/2027', 'The family is represented by his eldest son, Lưu Minh Quân.',
      'Her husband Trần Văn Bình was there.') });
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Lưu Minh Quân', 'Trần Văn Bình']);
  });
});

describe("a signer's title in the text and in the signature block", () => {
  it('is one role, the one that names the place, when the block names the body without it', () => {
    const { entities } = timelineOf({ 'seeds/a.txt': dated('27/10/2028',
      "Summary: Võ Minh Quang, Chairman of the Bến Tre Provincial People's Committee, signed the Directive on coconut traceability.",
      'The Directive takes effect from the date of signing.', "ON BEHALF OF THE PROVINCIAL PEOPLE'S COMMITTEE", 'CHAIRMAN', 'Vo Minh Quang') });
    const person = entities.find((e) => e.type === 'person' && e.name === 'Võ Minh Quang') as { roles: { title: string }[] } | undefined;
    expect(person?.roles.map((r) => r.title)).toEqual(["Chairman of the Bến Tre Provincial People's Committee"]);
  });
});

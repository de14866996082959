import { describe, expect, it } from 'vitest';
import { timelineOf } from '../events/helpers.ts';

/** The targets of a text with its own title, published on 30 December 2025. */
const targets = (title: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': [title, 'Tin tứcTin tức30/12/2025', ...lines].join('\n') }).targets
  .map((t) => ({ metric: t.metric, value: t.value, deadline: t.deadline, scope: t.scope }));

describe('the later sentences of a paragraph that opens with a body\'s own aims', () => {
  it('go on with that body\'s aims where they name no one else\'s, and not past the paragraph or a national figure', () => {
    const found = targets('Union plans digital skills drive',
      'The Bình Thuận Provincial Labour Confederation met employers in Phan Thiết ward on Monday.',
      'Under the plan, by 2028 the confederation aims to train 20,000 union members in digital skills. At least 150 grassroots trade unions are '
        + 'to keep their accounts on the e-union platform by the end of 2027. Nationwide, 90% of union members are to use the app by 2030.',
      'The province aims to have 80 per cent of dossiers processed online by 2026.');
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([
      [150, 'Bình Thuận Provincial Labour Confederation'], [20000, 'Bình Thuận Provincial Labour Confederation'], [80, 'Binh Thuan'],
      [90, 'Vietnam'],
    ]);
  });
});

describe('targets a ministry, a department or an office sets for itself', () => {
  it('gives a department\'s targets for itself the department, as the text first names it, and the province\'s the province', () => {
    const found = targets('Binh Thuan reviews its digital indicators',
      'The Bình Thuận Department of Science and Technology reported to the Provincial People\'s Committee on Monday.',
      'The province aims to have 80 per cent of dossiers processed online by 2026.',
      'The department itself aims to handle all of its own administrative procedures fully online by the end of 2026.');
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([[100, 'Bình Thuận Department of Science and Technology'], [80, 'Binh Thuan']]);
  });

  it('reads "set targets for itself", "his department" and "of the ministry\'s", and ends a name where its organization ends', () => {
    expect(targets('Patent office reports a record year',
      'The National Trademark Office of Vietnam said on Tuesday it received 9,400 applications this year.',
      'The office has also set targets for itself: to cut the average review time to no more than 14 months by 2029.').map((t) => t.scope))
      .toEqual(['National Trademark Office of Vietnam']);
    expect(targets('Minister sets out plans',
      'Minister of Home Affairs Đỗ Văn Hòa said 100 per cent of the ministry\'s records would be digitised by 2027.',
      'Vietnam aims for 70 per cent of adults to use digital public services by 2030.').map((t) => [t.value, t.scope]).sort())
      .toEqual([[100, 'Ministry of Home Affairs'], [70, 'Vietnam']]);
  });

  it('leaves a ministry\'s aims for the country the country\'s: only a target the body says is its own is the body\'s', () => {
    expect(targets('Ministry reviews the year',
      'The Ministry of Science and Technology held its review conference on Monday.',
      'The ministry aims for 5G to cover 99 per cent of the population by 2026.').map((t) => t.scope)).toEqual(['Vietnam']);
  });
});

describe("a body named by its kind that aims to do a thing itself", () => {
  it("sets the body's own target, named as the text last named one of its kind before (a foundation by its field)", () => {
    const found = targets('Foundation opens a call for marine research',
      'The National Foundation for Marine Science Development has opened a call for proposals under its basic research programme.',
      'Through the programme, the Foundation aims to fund at least 30 projects by 2030.')
      .map((t) => [t.scope, t.value]);
    expect(found).toEqual([['National Foundation for Marine Science Development', 30]]);
  });

  it("sets an association's own aims, to help its members and to train their managers", () => {
    const found = targets('Software firms survey their members',
      'The Vietnam Logistics Software Association (VLSA) released its annual member survey on Tuesday.',
      'The association aims to help at least 2,000 member firms move to e-invoicing by 2029, and to train 5,000 managers by 2030.')
      .map((t) => [t.scope, t.value]);
    expect(found).toEqual([['Vietnam Logistics Software Association', 2000], ['Vietnam Logistics Software Association', 5000]]);
  });

  it('takes the ministry of its own item in a bulletin, and leaves a target the ministry sets for others national', () => {
    const found = targets('Morning bulletin',
      'The Ministry of Health said new rules on electronic health records take effect today.',
      'Yesterday the Ministry of Industry and Trade launched a national platform for import licences.',
      'The ministry aims to process 85 per cent of licence applications online by the end of 2027.',
      'The ministry aims for 60 per cent of exporters to use the platform by 2028.')
      .map((t) => [t.scope, t.value]);
    expect(found).toEqual([['Ministry of Industry and Trade', 85], ['Vietnam', 60]]);
  });
});

describe('the ministry of the minister a sentence speaks of', () => {
  it('is the one whose own aim "the minister … said the ministry aims to" sets, though another ministry was named since', () => {
    const found = targets('Deputies question the science minister',
      'HÀ NỘI — Minister of Science and Technology Lâm Quốc Hưng answered deputies on Wednesday.',
      'He said the Ministry of Finance had yet to release the funds for research tasks.',
      'The minister agreed and said the ministry aims to cut approval time to no more than four months by 2027.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[4, 'Ministry of Science and Technology']]);
  });
});

describe('a ministry\'s list of its own aims', () => {
  it('gives the items of its own plan the ministry, a figure told of them before too, and a ministry\'s list for the country the country', () => {
    const own = targets('Ministry reviews its first quarter',
      'HÀ NỘI — The Ministry of Agriculture and Environment reviewed its digital transformation on Friday.',
      'Digitised records of fishing vessels reached 30 per cent of the total, against a target of 80 per cent for 2025.',
      'Under the ministry\'s digital transformation plan for 2025, the ministry aims by the end of the year to:',
      '- process 95 per cent of administrative dossiers online;', '- digitise 80 per cent of fishing vessel records.');
    expect([...new Set(own.map((t) => `${t.value} ${t.scope}`))].sort())
      .toEqual(['80 Ministry of Agriculture and Environment', '95 Ministry of Agriculture and Environment']);
    const national = targets('Ministry reviews its year', 'HÀ NỘI — The Ministry of Science and Technology reviewed the year on Friday.',
      'For 2026, the ministry aims to:', '- bring Viet Nam into the top 40 of the Global Innovation Index;',
      '- list no fewer than 12,000 technology offers on the national technology exchange.');
    expect(national.map((t) => t.scope)).toEqual(['Vietnam', 'Vietnam']);
  });
});

describe('a fund that is to act itself', () => {
  it('gives its targets the fund, named in full with its field\'s list: "By 2031, the fund is to finance at least 120 projects"', () => {
    const found = targets('Council sets up a science fund',
      'The Thái Bình Provincial People\'s Council adopted a resolution establishing the Thái Bình Science, Technology and Innovation Fund.',
      'By 2028, the fund is to finance at least 90 research projects.', 'The province aims to have 70 per cent of firms using e-invoices by 2028.');
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([[70, 'Thai Binh'], [90, 'Thái Bình Science, Technology and Innovation Fund']]);
  });

  it('names the fund in full when words stand between its field\'s list and its kind: "… Science, Technology and Innovation Development Fund"', () => {
    const found = targets('Council sets up a science fund',
      'Resolution No. 12/2029/NQ-HĐND sets up the Yên Bái Science, Technology and Innovation Development Fund.',
      'Under its charter, the fund aims to finance at least 25 enterprise innovation projects by the end of 2031.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[25, 'Yên Bái Science, Technology and Innovation Development Fund']]);
  });
});

describe('a department\'s aim for its own staff, beside its province\'s target for every one of others', () => {
  it('gives the one "for its own staff" the department, named with its place, and the province\'s its province', () => {
    const found = targets('Notice on the digital skills assessment',
      'The Bình Định Provincial People\'s Committee reviewed the results of the assessment in Quy Nhơn ward.',
      'Under Plan No. 118/KH-UBND, by 2030 at least 90% of the province\'s civil servants and public employees are to reach the basic level of '
        + 'digital skills (national target: 85%), and all heads and deputy heads of provincial departments and commune-level People\'s '
        + 'Committees are to reach the advanced level by the end of 2029.',
      'For its own staff, the Department of Home Affairs aims for every civil servant of the Department to reach the advanced level by the end of 2029.');
    expect(found.map((t) => [t.metric, t.value, t.deadline, t.scope])).toEqual([
      ['civil servants reach the advanced level', 100, 2029, 'Binh Dinh Department of Home Affairs'],
      ['heads and deputy heads of provincial departments and commune-level People\'s Committees reach the advanced level', 100, 2029, 'Binh Dinh'],
      ['the province\'s civil servants and public employees to reach the basic level of digital skills', 90, 2030, 'Binh Dinh'],
    ]);
    const full = timelineOf({ 'seeds/a.txt': ['Notice on the digital skills assessment', 'Tin tứcTin tức30/12/2025',
      'The Bình Định Provincial People\'s Committee reviewed the results of the assessment in Quy Nhơn ward.',
      'Under Plan No. 118/KH-UBND, by 2030 at least 90% of the province\'s civil servants and public employees are to reach the basic level of '
        + 'digital skills (national target: 85%).'].join('\n') }).targets;
    expect(full.map((t) => t.benchmark?.value)).toEqual([85]);
  });

  it('names the department as the text names it in full with its place, with the place\'s marks', () => {
    const found = targets('Department sets its own goals', 'The Bình Định Department of Home Affairs met on Monday in Quy Nhơn ward.',
      'For its own staff, the Department of Home Affairs aims for every civil servant of the Department to reach the advanced level by 2029.');
    expect(found.map((t) => t.scope)).toEqual(['Bình Định Department of Home Affairs']);
  });
});

describe('a centre that is to reach a staff of its own', () => {
  it('gives the centre its size and the share of its staff with degrees', () => {
    const found = targets('Centre recruits data engineers', 'The National Open Data Centre announced the recruitment of 40 staff on Monday.',
      'Under the establishment Decision, the Centre is to reach a staff of at least 150 by 2029, and no less than 60% of its staff are to '
        + 'hold postgraduate degrees.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[60, 'National Open Data Centre'], [150, 'National Open Data Centre']]);
  });
});

describe('a department\'s report whose heading names its province only in the page\'s header', () => {
  it('gives the province\'s targets the province its heading names', () => {
    const found = timelineOf({ 'seeds/a.txt': ['UBND TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ | Độc lập - Tự do - Hạnh phúc', 'Số: 208/BC-SKHCN | Ninh Bình, ngày 06 tháng 10 năm 2026', 'REPORT',
      'Results of digital transformation in the third quarter of 2026',
      'Implementing Plan No. 19/KH-UBND dated 14/02/2026 of the Provincial People\'s Committee, the Department reports as follows.',
      'III. TASKS FOR THE FOURTH QUARTER',
      '1. The Department will strive to reach the targets for 2026: full-process online records at 75% of all records, and at least 40% '
        + 'of adults holding a digital signature.'].join('\n') }).targets;
    expect(found.map((t) => [t.value, t.scope])).toEqual([[40, 'Ninh Binh'], [75, 'Ninh Binh']]);
  });
});

describe('an agency named in a list\'s frame', () => {
  it('gives the items the agency: "By the end of 2029, the Customs Sub-Department of Region XIV aims to:"', () => {
    const found = targets('Customs holds a dialogue with firms', 'The Customs Sub-Department of Region XIV held a dialogue with firms in Lạng Sơn.',
      'By the end of 2029, the Customs Sub-Department of Region XIV aims to:',
      '- process all declarations at the Hữu Nghị border gate through the digital border gate platform;',
      '- carry out at least 90% of its procedures for enterprises through the National Single Window.');
    expect(found.map((t) => [t.metric, t.value, t.scope])).toEqual([
      ['declarations at the Hữu Nghị border gate processed through the digital border gate platform', 100, 'Customs Sub-Department of Region XIV'],
      ['its procedures for enterprises through the National Single Window', 90, 'Customs Sub-Department of Region XIV'],
    ]);
  });
});

describe('a department that has set itself its own aims', () => {
  it('gives them the department: "her own department had set itself a separate aim:", "… has set its own aims for this procedure:"', () => {
    const found = targets('Province reviews digital services',
      'The Bến Tre Department of Science and Technology reported to the Provincial People\'s Committee on Monday.',
      'The province aims to have 85 per cent of dossiers processed online by 2027.',
      'The director added that her own department had set itself a separate aim: by the end of 2026, all grant applications will be received online.',
      'The Bến Tre Department of Science and Technology has set its own aims for this procedure: by 2027, 95% of dossiers are to be submitted online.');
    expect(found.map((t) => [t.value, t.scope]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [85, 'Ben Tre'], [95, 'Bến Tre Department of Science and Technology'], [100, 'Bến Tre Department of Science and Technology']]);
  });
});

describe('a body\'s own aims told past a relative clause about it, or by a school', () => {
  it('gives a ministry that "…, which will run the programme, has set an aim for its own work" its own aim', () => {
    const found = targets('Vietnam approves a robotics programme',
      'The Ministry of Industry and Trade, which will run the programme, has set an aim for its own work: half of the test benches in '
        + 'institutes under the ministry are to be booked through the national equipment-sharing platform by 2030.',
      'By 2030, the programme aims to train 4,000 robotics engineers.');
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([[4000, 'Vietnam'], [50, 'Ministry of Industry and Trade']]);
  });

  it('gives a school named in the lead the aims "the school" sets, not its province, and no school from "the school year"', () => {
    const found = targets('Hoa Lư school opens a robotics lab',
      'Hoa Lư High School for the Gifted in Ninh Bình opened a robotics lab on Monday.',
      'By 2030, the school aims for at least 35% of its pupils to take part in a research project before they graduate.',
      'In the school year just ended, Ninh Bình aimed for all upper secondary schools to teach the basics of AI by 2030.');
    expect(found.map((t) => [t.value, t.scope]).sort()).toEqual([[100, 'Ninh Binh'], [35, 'Hoa Lư High School for the Gifted']]);
  });
});

describe('a department\'s recruitment notice', () => {
  it('gives the department the staff it aims to have trained, and reads no share in "the second half of April"', () => {
    const found = targets('Notice on recruiting civil servants in 2026',
      'The Đắk Lắk Department of Science and Technology announces the recruitment of 12 civil servants for its Digital Transformation Division.',
      '5. Examination: the written examination is expected in the second half of April 2026; the exact date will be announced here.',
      'The department aims to have at least 30 staff trained in information security by the end of 2027.');
    expect(found.map((t) => [t.metric, t.value, t.scope])).toEqual([
      ['staff trained in information security', 30, 'Đắk Lắk Department of Science and Technology'],
    ]);
  });
});

describe('a body named by its kind that aims to handle what it serves', () => {
  it('sets its own target with any verb of handling: receiving, approving, delivering', () => {
    const found = targets('Land services go online', 'The Thanh Hóa Land Registration Office will open its online services in November.',
      'The office aims to receive at least 70% of dossiers online by the end of 2026.');
    expect(found.map((t) => [t.value, t.scope])).toEqual([[70, 'Thanh Hóa Land Registration Office']]);
    // (Not a share others are to reach: "the office aims for 70% of residents to …" has no deed of its own.)
    const others = targets('Land services go online', 'The Thanh Hóa Land Registration Office will open its online services in November.',
      'The office aims for 70% of residents in Thanh Hóa province to use the portal by the end of 2026.');
    expect(others.map((t) => t.scope)).not.toContain('Thanh Hóa Land Registration Office');
  });
});

describe('what a speaker is reported to say a body "would" do', () => {
  it('is a target due by its year, the body\'s own where its deed\'s object is the figure', () => {
    const found = targets('Council closes its session', 'The Hà Tĩnh Provincial People\'s Council closed its session on Friday.',
      'Director of the Hà Tĩnh Department of Science and Technology Võ Văn Hưng said the department would certify 50 science and technology '
        + 'enterprises by 2030, up from 22 today.');
    expect(found.map((t) => [t.value, t.deadline, t.scope])).toEqual([[50, 2030, 'Hà Tĩnh Department of Science and Technology']]);
    // (Not another's figure beside the body's own deed: "the ministry would publish the list …".)
    const beside = targets('Minister answers deputies', 'The minister said the Government\'s target is to disburse at least 85 per cent of the '
      + 'budget by December 31, and that the ministry would publish the list of units that fall behind.');
    expect(beside.map((t) => t.scope)).not.toContain('Ministry of Science and Technology');
  });
});

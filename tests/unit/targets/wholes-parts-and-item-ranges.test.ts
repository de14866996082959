import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';

const build = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('12/06/2026', ...lines) });
const targets = (...lines: string[]) => build(...lines).targets
  .map((t) => ({ metric: t.metric, comparator: t.comparator, value: t.value, max: t.max, unit: t.unit, deadline: t.deadline }));

describe('ranges that open a list item', () => {
  it('keeps "between 30 and 40 per cent" whole when an item opens with it', () => {
    expect(targets('The ministry has set three targets:', '- between 25 and 35 per cent of vocational colleges run a drone course by 2029;'))
      .toMatchObject([{ metric: 'vocational colleges run a drone course', value: 25, max: 35, unit: '%', deadline: 2029 }]);
  });

  it('reads "launch 5–7 more satellites" under "aims by 2030 to:" as a range of a count', () => {
    expect(targets('Under the strategy, the country aims by 2030 to:', '- launch 3–4 more weather satellites;', '- train 900 space engineers.'))
      .toMatchObject([
        { metric: 'space engineers trained', value: 900, max: null, deadline: 2030 },
        { metric: 'weather satellites launched', value: 3, max: 4, unit: 'satellites', deadline: 2030 },
      ]);
  });
});

describe('a count and its part, and a share against its target', () => {
  it('reads ", including 500 mentors" after a count as a second target of the same deadline', () => {
    expect(targets('The province will train 4,000 nurses in digital skills by 2028, including 500 mentors.'))
      .toEqual([
        { metric: 'mentors', comparator: '=', value: 500, max: null, unit: 'mentors', deadline: 2028 },
        { metric: 'nurses trained in digital skills', comparator: '=', value: 4000, max: null, unit: 'nurses', deadline: 2028 },
      ]);
  });

  it('takes a reported share\'s measure for "against a target of 45 per cent by 2030", and keeps the reported share out', () => {
    expect(targets('E-commerce made up 11.5 per cent of retail sales in 2025, against a target of 20 per cent by 2030 in the same plan.'))
      .toEqual([{ metric: 'e-commerce share of retail sales', comparator: '=', value: 20, max: null, unit: '% of retail sales', deadline: 2030 }]);
  });

  it('ends a measure before "remains low at" and a second measure after the first one\'s deadline and "and"', () => {
    expect(targets('The city aims to raise the share of cashless school fees to 70% by the end of 2027 and paperless permits to 90% by 2028.'))
      .toMatchObject([
        { metric: 'cashless school fees', value: 70, deadline: 2027 },
        { metric: 'paperless permits', value: 90, deadline: 2028 },
      ]);
    expect(targets('The share of permits issued online remains low at 22%, against a target of 60% for 2027.'))
      .toMatchObject([{ metric: 'permits issued online', value: 60, deadline: 2027 }]);
  });
});

describe('every one of a whole', () => {
  it('reads "at least one help desk in every ward" as all wards', () => {
    expect(targets('The union will open at least one “digital help desk” in every ward-level branch by the end of 2027.'))
      .toEqual([{
        metric: 'ward-level branches with digital help desk', comparator: '=', value: 100, max: null, unit: '% of ward-level branches',
        deadline: 2027,
      }]);
  });

  it('reads "all X are to be provided as Y" and "all clinics of grade II must …" as all of them', () => {
    expect(targets('By 2028, all business licences that qualify are to be issued as electronic documents.'))
      .toMatchObject([{ metric: 'business licences that qualify issued as electronic documents', value: 100, deadline: 2028 }]);
    expect(targets('All clinics of grade II and grade III must finish the move to e-prescriptions by 31 March 2027.'))
      .toMatchObject([{ metric: 'clinics of grade II and grade III finish the move to e-prescriptions', value: 100, deadline: 2027 }]);
  });
});

describe('what is wanted of a named thing, balances, counts already done, and the place pointed back at', () => {
  it('reads "aims for the park to host 120 firms" and "outstanding loans of VND 9 trillion" as targets', () => {
    expect(targets('The city aims for the park to host 120 robotics firms by 2029.'))
      .toMatchObject([{ metric: 'robotics firms hosted', value: 120, deadline: 2029 }]);
    expect(targets('The fund has set two goals for the end of 2028:', '• outstanding loans of VND 9 trillion;', '• at least 700 borrowing farms.'))
      .toMatchObject([{ metric: 'borrowing farms', value: 700 }, { metric: 'outstanding loans', value: 9, unit: 'VND trillion', deadline: 2028 }]);
  });

  it('keeps "about 250 firms have registered" out of a week ahead\'s dated entry', () => {
    expect(targets('Friday, June 19 – The drone expo opens in Hai Phong. About 250 firms have registered.')).toEqual([]);
  });

  it('does not carry a deadline that closes its figure before ", including" to the paragraph after', () => {
    expect(targets('- 9,000 nurses are trained in telehealth by the end of 2028, including 600 mentors.', 'The telehealth course has six units.')
      .map((t) => t.metric)).toEqual(['mentors', 'nurses are trained in telehealth']);
  });

  it('gives "the province aims …" the province its paragraph named before it, in a national text', () => {
    const found = build(
      'Our weekly digest of national science policy news.',
      'Monday – The Government issued a decree on data centres and cloud services.',
      'Tuesday – The National Assembly Standing Committee discussed the draft law on digital technology industry.',
      'Wednesday – Nghe An opened a drone testing range near Vinh. The province aims for the range to serve 40 firms by 2029.',
    ).targets;
    expect(found.map((t) => [t.value, t.scope])).toEqual([[40, 'Nghe An']]);
  });

  it('gives a speaker\'s "we want …" the province a sentence of the paragraph pointed at before it, in a transcript', () => {
    const transcript = (answer: string) => timelineOf({ 'seeds/a.txt': ['RIVER CHANNEL | KÊNH SÔNG',
      'Xem trực tiếp | Lịch phát sóng | Thời sự | Chương trình | Đăng nhập', 'Chương trình » Bàn tròn » Episode 12', 'Đăng lúc 10:30, Thứ Sáu 12/06/2026',
      'POLICY TALK - Episode 12: "Wi-Fi in every hamlet"', 'Full English transcript (edited for length). Broadcast live at 20:00 on Wednesday.',
      'Host: Minh Anh', 'Guests:', '- Mr Lê Văn Tâm, Vice Chairman of the Vĩnh Long Provincial People\'s Committee',
      '- Dr Phan Thị Lan, economist, Lecturer at Vĩnh Long University',
      '[00:00:15] HOST MINH ANH: Good evening. Half a year ago the province promised every hamlet a digital life. What did it promise?',
      `[00:01:02] MR TÂM: ${answer}`].join('\n') }).targets.map((t) => [t.value, t.scope]);
    expect(transcript('By the end of 2027, every hamlet in the province will have a free Wi-Fi point. By 2028, we want 50% of farming '
      + 'households to sell produce online. Today the figure is 19%.')).toEqual([[100, 'Vinh Long'], [50, 'Vinh Long']]);
    // (Not a "we" whose paragraph points at no place before it.)
    expect(transcript('By 2028, we want 50% of farming households to sell produce online.')).toEqual([[50, 'Vietnam']]);
  });
});

describe('who sets a target: a firm by its short name, a consortium, and no venue', () => {
  const scoped = (...lines: string[]) => build(...lines).targets.map((t) => `${t.value} ${t.scope}`);

  it('gives a firm named in full earlier its target when a later paragraph names it without its legal form or trade', () => {
    expect(scoped(
      'Block A went to Hong Lam Telecom Joint Stock Company and Block B to Tay Do Mobile Corporation; VNFibre Networks JSC took Block C.',
      'Hong Lam Telecom must cover 90 per cent of the population by the end of 2028.',
      'Tay Do Mobile must install at least 6,000 base stations by 2027.',
      'VNFibre must connect at least 20 industrial parks by 2029.',
    )).toEqual(['6000 Tay Do Mobile Corporation', '90 Hong Lam Telecom', '20 VNFibre Networks JSC']);
  });

  it('gives "the consortium" the consortium named in the lead', () => {
    expect(scoped(
      'Five universities signed an agreement to form the Central Highlands Chip University Consortium on Friday.',
      'The consortium aims to open 8 shared chip design laboratories by 2028.',
    )).toEqual(['8 Central Highlands Chip University Consortium']);
  });

  it('does not take the city a press conference was held in for the place the text is about', () => {
    expect(scoped(
      'The state-backed investor announced at a press conference in Da Nang City on Monday that its new fund had closed.',
      'The investor aims to back 25 start-ups by 2030.',
    )).toEqual(['25 Vietnam']);
  });

  it('reads "by the end of September" as a deadline', () => {
    expect(targets('He told the three provinces each to raise their disbursement to at least 45 per cent by the end of September.'))
      .toMatchObject([{ value: 45, deadline: 2026 }]);
  });
});

describe('shares in words, items that open with their verb, and figures that are no targets', () => {
  it('reads "Seventy per cent of …" and "all 40 of the city\'s procedures are offered … by" as shares', () => {
    expect(targets('By 2030, seventy per cent of farm cooperatives must sell through e-commerce platforms.'))
      .toMatchObject([{ value: 70, unit: '%', deadline: 2030 }]);
    expect(targets('Make sure that all 40 of the city\'s business procedures are offered as online services by the end of 2027.'))
      .toMatchObject([{ metric: 'business procedures offered as online services', value: 100, deadline: 2027 }]);
  });

  it('names a share by the verb of the item it opens and what it acts on, up to a day\'s deadline', () => {
    expect(targets('The Deputy Prime Minister told the ministries to:', '- release at least 55 per cent of the 2027 research grants by October 31;',
      '- release 100 per cent of the grants by January 31, 2028.'))
      .toMatchObject([
        { metric: 'the 2027 research grants released', value: 55, deadline: 2027 },
        { metric: 'the grants released', value: 100, deadline: 2028 },
      ]);
  });

  it('names a sum "mobilised, a total of" by what it is for, and ends a count before "and in …"', () => {
    expect(targets('The corporation aims to mobilise a total of VND 8 trillion for seed funding by 2030.'))
      .toMatchObject([{ metric: 'funding for seed funding', value: 8, unit: 'VND trillion', deadline: 2030 }]);
    expect(targets('The operator must provide coverage in at least 30 seaports and in all border gates by 2029.'))
      .toMatchObject([{ metric: 'seaports', value: 30, deadline: 2029 }]);
  });

  it('keeps a count "were enrolled" and one in a fair that "runs until Saturday" out of the targets', () => {
    expect(targets('About 3,100 students were enrolled in robotics programmes nationwide in the 2025–2026 school year.')).toEqual([]);
    expect(targets('The fair, which runs until Saturday, brings together 300 exhibitors in about 900 booths.')).toEqual([]);
  });
});

describe('every one of a whole, as an aim\'s infinitive acts on it', () => {
  const brief = (published: string, ...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(published, ...lines) }).targets
    .map((t) => [t.metric, t.value, t.unit, t.deadline]);

  it('reads "aims in 2026 to: …; provide all of the ministry\'s X online" and "…, up from 81% now, and to publish all X"', () => {
    expect(brief('09/01/2026', 'Under its 2026 plan, the ministry aims in 2026 to: raise the number of patents to at least 4,000; provide all of the '
      + 'ministry\'s licensing procedures online in full; and certify at least 900 new enterprises.'))
      .toContainEqual(['provide all of the ministry\'s licensing procedures online in full', 100, '% of licensing procedures', 2026]);
    expect(brief('09/07/2026', 'By the end of the year, the department itself aims to have 100 per cent of its reports signed digitally, up from 74 per '
      + 'cent now, and to publish all research tasks on the new portal.'))
      .toContainEqual(['publish all research tasks on the new portal', 100, '% of research tasks', 2026]);
  });

  it('reads an item "a) All X are connected to Y" under a frame, and a quarter past at publication as next year\'s', () => {
    expect(brief('20/07/2026', 'I. OBJECTIVES', '1. By 2028:', 'a) All provincial databases are connected to the National Data Centre;'))
      .toEqual([['provincial databases connected to the National Data Centre', 100, '% of provincial databases', 2028]]);
    expect(brief('19/12/2025', 'The commune aims to put all of its 30 public services for traders on the provincial portal by the end of the second '
      + 'quarter.')).toEqual([['put all of its 30 public services for traders on the provincial portal', 100, '% of public services for traders', 2026]]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from '../events/helpers.ts';
import { leadPlace, placeNamed, placesIn, scopeOf } from '../../../src/pipeline/targets/scope.ts';

describe('where a target applies', () => {
  it('reads place names that open with a letter outside ASCII, and "An" as part of a name', () => {
    expect(placeNamed('the Đắk Nông Provincial People\'s Committee')).toBe('Đắk Nông');
    expect(placeNamed('Long An province will reach 30%')).toBe('Long An');
    expect(placeNamed('An Giang province aims to')).toBe('An Giang');
    expect(placeNamed('An important province of the delta')).toBeNull();
    // (A name is on one line, and a heading's words in capitals name no place: "DIRECTIONS OF THE PROVINCIAL CIVIL DEFENCE COMMAND".)
    expect(placeNamed('Forecaster on duty: Lê Nhật Nam\nDIRECTIONS OF THE PROVINCIAL CIVIL DEFENCE COMMAND')).toBeNull();
    expect(placeNamed('DIRECTIONS OF THE GIA LAI PROVINCIAL CIVIL DEFENCE COMMAND')).toBe('Gia Lai');
  });

  it('takes a name before "City" that runs on past a listed place for that place ("the Da Nang Smart City app")', () => {
    expect(placeNamed('an account on the Da Nang Smart City app by 2028')).toBe('Da Nang City');
    expect(placeNamed('Vinh City aims to have 30 start-ups')).toBe('Vinh City');
  });

  it('finds the place of a local text from its dateline or title when the lead speaks of the province', () => {
    expect(leadPlace('Ben Tre: online services rise\nBEN TRE - The Provincial People\'s Committee reported …')).toBe('Ben Tre');
    expect(leadPlace('Tra Vinh aims for a digital economy of 20%\nThe provincial Party Committee met …')).toBe('Tra Vinh');
    // A legal page's field names the issuer's province in Vietnamese, glued to the next field.
    expect(leadPlace('Bạn đang xem bản dịch\nNơi ban hành:Tỉnh Sóc TrăngNgười ký:Lâm Thị Hồng Nhung')).toBe('Soc Trang');
    expect(leadPlace('Government reviews digital plans\nHANOI - The Prime Minister chaired …')).toBeNull();
  });

  it('scopes a sentence that names the place without its kind, or that is benchmarked, to the text\'s place', () => {
    expect(scopeOf('By 2027, Ben Tre aims to', 'By 2027, Ben Tre aims to be among the top 10.', 'Ben Tre')).toBe('Ben Tre');
    expect(scopeOf('90% of procedures will be online', '90% of procedures will be online.', 'Ben Tre', true)).toBe('Ben Tre');
    expect(scopeOf('90% of procedures will be online', '90% of procedures will be online.', 'Ben Tre')).toBe('Ben Tre');
    expect(scopeOf('90% of procedures will be online', '90% of procedures will be online.', null)).toBe('Vietnam');
  });

  it('keeps a target in a local text national when the sentence says it is the country\'s', () => {
    for (const sentence of [
      'Nationally, 90% of procedures will be online by 2030.',
      'The national target is for 90% of procedures to be online by 2030.',
      'Resolution 57-NQ/TW sets the digital economy at 30% of GDP by 2030.',
      'The country strives to rank among the top 50 countries in e-government by 2030.',
      'The Government aims for 90% of procedures to be online by 2030.',
    ]) expect(scopeOf(sentence, sentence, 'Ben Tre'), sentence).toBe('Vietnam');
  });

  it('reads a listed province named without its kind, and not a place inside a longer name', () => {
    expect(scopeOf('Quảng Trị aims for 1% of GRDP', 'Quảng Trị aims for 1% of GRDP by 2030.', 'Ben Tre')).toBe('Quang Tri');
    expect(scopeOf('the province targets 1,500 firms', 'For Nghệ An, the director said the province targets 1,500 firms by 2030.', 'Ben Tre')).toBe('Nghe An');
    expect(scopeOf('the province targets 1,500 firms', 'Tran Thi Thanh Hoa said the province targets 1,500 firms by 2030.', 'Ben Tre')).toBe('Ben Tre');
    expect(scopeOf('the city aims for 40%', 'Like Ben Tre, Can Tho aims for 40% of GRDP.', 'Ben Tre')).toBe('Ben Tre');
    expect(placesIn('the Hanoi City People\'s Committee and Ho Chi Minh City')).toEqual(['Hanoi', 'Ho Chi Minh City']);
  });

  it('takes the scope of a list item from the frame that opens the list', () => {
    expect(scopeOf('Establish 3 innovation centres', '- Establish 3 innovation centres by 2030.', 'Ben Tre', false, 'The Government sets these targets:')).toBe('Vietnam');
    expect(scopeOf('Establish 3 innovation centres', '- Establish 3 innovation centres by 2030.', null, false, 'Lao Cai province sets these targets:')).toBe('Lao Cai');
  });
});

describe('the place named before a local body', () => {
  it('reads "the <Place> Department of …" as the text\'s place, but not "the Provincial People\'s Committee"', () => {
    expect(leadPlace('Plan issued\nThe Tay Ninh Department of Science and Technology has issued a plan with the Provincial People\'s Committee')).toBe('Tay Ninh');
    expect(leadPlace('Plan issued\nThe Provincial People\'s Committee has issued a plan')).toBeNull();
  });
});

describe('a page of briefs, each under its own dateline', () => {
  it('scopes each brief\'s targets to the place its first paragraph names, and a brief from the capital to the country', () => {
    const found = timelineOf({
      'seeds/a.txt': dated('10/03/2026',
        'Morning briefs',
        'HÀ NỘI — The Ministry of Finance said on Monday that the country aims to have 800 listed start-ups by 2030.',
        'QUY NHƠN — Quy Nhơn City opened a data centre on Friday. It aims to host 300 software firms by 2029.',
        'HẢI DƯƠNG — The Hải Dương Provincial People\'s Committee plans to put 95 per cent of records online by 2027.'),
    }).targets.map((t) => [t.value, t.scope]).toSorted((a, b) => Number(a[0]) - Number(b[0]));
    expect(found).toEqual([[95, 'Hai Duong'], [300, 'Quy Nhơn City'], [800, 'Vietnam']]);
  });

  it('scopes each brief to the place its numbered heading opens with, and each item of a list to the place it opens with', () => {
    const found = timelineOf({
      'seeds/a.txt': dated('12/09/2026',
        'This week in innovation, from Lạng Sơn to Kiên Giang.',
        '1. LẠNG SƠN: Border gates go paperless', 'The Provincial People\'s Committee issued a plan on Monday. The province aims to handle 95 per cent '
          + 'of customs dossiers online by 2027.',
        '2. KIÊN GIANG: Fishing fleet tracked', 'The Provincial People\'s Committee plans to fit 4,000 boats with trackers by 2028.',
        'In brief', '- Bến Tre: The province aims to give 300 cooperatives a digital account by 2027.',
        '- Cao Bằng: The province aims to train 500 digital guides by 2029.'),
    }).targets.map((t) => [t.value, t.scope]).toSorted((a, b) => Number(a[0]) - Number(b[0]));
    expect(found).toEqual([[95, 'Lang Son'], [300, 'Ben Tre'], [500, 'Cao Bang'], [4000, 'Kien Giang']]);
  });

  it('keeps one place for a report with a single dateline', () => {
    const found = timelineOf({
      'seeds/a.txt': dated('10/03/2026', 'HẢI DƯƠNG — The Provincial People\'s Committee met on Friday.', 'It aims to host 300 software firms by 2029.'),
    }).targets.map((t) => t.scope);
    expect(found).toEqual(['Hai Duong']);
  });
});

describe('a firm\'s own target in a list of news', () => {
  it('takes "the company" for the firm its paragraph names, with the firm\'s abbreviated legal form', () => {
    const found = timelineOf({
      'seeds/a.txt': dated('30/12/2025', 'Ten events of the year',
        'No 3 – A chip taped out',
        'In July, Hồng Hà Optics JSC, a Hanoi start-up, completed a lidar chip. The company aims to sell 200,000 chips a year by 2027.'),
    }).targets.map((t) => [t.value, t.scope]);
    expect(found).toEqual([[200000, 'Hồng Hà Optics JSC']]);
  });
});

describe('the venue of a gathering in a national text\'s lead', () => {
  it('takes a city where a gathering was held for its venue, not the place the text is about', () => {
    expect(leadPlace('Ministry reviews its year\nThe Ministry of Finance on Friday held a conference in Hà Nội, connected online to 34 provincial '
      + 'departments.')).toBeNull();
    expect(leadPlace('Provinces meet\nThe Đồng Tháp Provincial People\'s Committee held a conference in Hà Nội on Friday.')).toBe('Dong Thap');
  });
});

describe('a possessive before a place noun', () => {
  it('takes "Your province" for no place name', () => {
    expect(placeNamed('Your province aims to be among the top 3 provinces by 2028.')).toBeNull();
  });
});

describe('a title that opens with a listed place before a noun in lower case', () => {
  it('makes the text that place\'s, though its lead names no local body; a national target stays the country\'s', () => {
    const { targets } = timelineOf({ 'a.txt': ['Bac Giang science fund opens its 2027 call', 'Posted: 09/01/2027',
      'The fund awarded VND 20 billion to 14 projects last year.',
      'By 2030, the fund aims to have financed at least 80 projects.', 'Nationally, 40% of such funds are to be led by enterprises by 2030.'].join('\n\n') });
    expect(targets.map((t) => [t.value, t.scope]).sort()).toEqual([[40, 'Vietnam'], [80, 'Bac Giang']]);
  });
});

describe('a hub, an incubator or an accelerator that sets its own aims', () => {
  it('is the aims\' body, not the place its name opens with', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('20/10/2029', 'The Thái Nguyên Innovation Hub aims to draw at least 60 teams to the 2030 '
      + 'edition.') }).targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[60, 'Thái Nguyên Innovation Hub']]);
  });
});

describe('a ward that aims, told by its kind', () => {
  it('is the ward the text names, in its body\'s name', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('05/05/2030', 'Notice No. 418/TB-UBND of the Cái Khế Ward People\'s Committee sets out '
      + 'online enrolment for the 2030–2031 school year.', 'In this year\'s enrolment, the ward aims to:', '- receive at least 96% of '
      + 'applications online;', '- publish every school\'s list on the portal.') }).targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[96, 'Cái Khế ward']]);
  });
});

describe('a body of government whose name holds its place, that says an aim is its own', () => {
  it('is the body\'s, not its place\'s', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('04/12/2030', 'The board set new goals for the province by 2035.', 'The Office of the '
      + 'Vĩnh Long Provincial Party Committee, for its part, aims to handle all of its documents on the Party\'s digital platform by 2031.') })
      .targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[100, 'Office of the Vĩnh Long Provincial Party Committee']]);
  });
});

describe('a ward that aims, its part set off', () => {
  it('is the ward\'s: "Sa Pa ward, for its part, aims by 2031 to …"', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('10/09/2030', 'Lào Cai province adopted its tourism plan this week. Bắc Hà ward, for '
      + 'its part, aims by 2031 to put all 9 of its homestay villages on the booking platform.') }).targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[100, 'Bắc Hà ward']]);
  });
});

describe('"we" on a firm\'s own page', () => {
  it('is the firm the page is of', () => {
    const scopes = timelineOf({ 'seeds/a.txt': dated('26/02/2030', 'Cái Răng Water Joint Stock Company (CRW) is switching to electronic bills '
      + 'from March.', 'By 2030, we aim to have at least 85% of bills paid cashless.', 'From 2030, we will resolve every billing complaint '
      + 'within 36 hours.') }).targets.map((t) => [t.value, t.scope]);
    expect(scopes).toEqual([[85, 'Cái Răng Water'], [36, 'Cái Răng Water']]);
  });
});

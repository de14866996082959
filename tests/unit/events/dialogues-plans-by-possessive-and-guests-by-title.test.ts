import { describe, expect, it } from 'vitest';
import { timelineOf } from './helpers.ts';

/** The events of one text, as date, kind and title. */
const eventsOf = (lines: string[]) => {
  const { events } = timelineOf({ 'a.txt': lines.join('\n\n') });
  return events.map((e) => [e.date, e.kind, e.title]);
};

describe('a gathering with its own day beside a verb of saying', () => {
  it('is held that day: "residents at a dialogue on Thursday said …"', () => {
    const found = eventsOf([
      'Ward residents question officials',
      'Cập nhật: 08/08/2026 06:45',
      'Hòa An ward has moved most of its paperwork online, but residents at a dialogue on Thursday said the elderly were left behind.',
    ]);
    expect(found.filter(([, kind]) => kind === 'meeting').map(([date]) => date)).toEqual(['2026-08-06']);
  });
});

describe('a document named again with a possessive, then the day it was issued', () => {
  it('dates the plan named before, and tells no deed of its own: "Under the ward\'s plan, issued on 12/1/2026, …"', () => {
    const { entities, events } = timelineOf({
      'a.txt': [
        'Ward reviews its smart ward plan',
        'Cập nhật: 08/08/2026 06:45',
        'The meeting reviewed the first six months of the ward\'s Plan 14/KH-UBND on building a smart ward.',
        'Under the ward\'s plan, issued on 12/1/2026, the ward aims to offer free Wi-Fi in every residential area by 2027.',
      ].join('\n\n'),
    });
    const plan = entities.find((e) => e.name === 'Plan 14/KH-UBND')!;
    expect('date' in plan ? plan.date : undefined).toBe('2026-01-12');
    expect(events.filter((e) => e.date === '2026-01-12').map((e) => e.kind)).toEqual(['instrument']);
  });
});

describe('a speaker named without a title at a gathering', () => {
  const text = (speaker: string) => [
    'Residents question officials at ward dialogue',
    'Cập nhật: 08/08/2026 06:45',
    'The dialogue on Thursday was chaired by Chairwoman of the Hòa An Ward People\'s Committee Lâm Thị Bích Trâm. Vice Chairman of the Cần Thơ City People\'s Committee Châu Văn Đức and Vice Chairman of the Hòa An Ward People\'s Committee Ngô Văn Phú attended.',
    `Speaking at the dialogue, ${speaker} said the ward should count how many residents used online services without help.`,
  ];

  it('is a guest when the titles the text gave him are of a body other than the host\'s', () => {
    expect(eventsOf(text('Châu Văn Đức')).filter(([, kind]) => kind === 'remarks').map(([date]) => date)).toEqual(['2026-08-06']);
  });

  it('is no guest when they are of the body that holds it', () => {
    expect(eventsOf(text('Ngô Văn Phú')).filter(([, kind]) => kind === 'remarks')).toEqual([]);
  });
});

describe('a transcript\'s cue before a subject', () => {
  it('is no part of the subject: "[06:01:10] ANCHOR: Bắc Giang province and X yesterday signed …"', () => {
    const found = eventsOf([
      'Morning bulletin',
      'Thứ Năm, 03/12/2026',
      '[06:01:10] ANCHOR: Bắc Giang province and Hanbit Displays yesterday signed an investment agreement for a module plant.',
    ]);
    expect(found.filter(([, kind]) => kind === 'signed')).toEqual([
      ['2026-12-02', 'signed', 'Bắc Giang province and Hanbit Displays signed an investment agreement for a module plant'],
    ]);
  });
});

describe('an origin told beside a name', () => {
  it('is a happening of its year: "X is a state-owned group founded in 1997", "Mr. Y, born in 1981, will …"', () => {
    const found = eventsOf([
      'Group reports results',
      'Posted: 14/07/2026',
      'Song Lam Telecommunications Group (SLTel) is a state-owned group founded in 1996. It serves 30 million customers.',
      'Mr. Lục Văn Hòa, born in 1981, will be in charge of the ministry\'s work on innovation.',
    ]);
    expect(found.filter(([, kind]) => kind === 'other')).toEqual([
      ['1981', 'other', 'Lục Văn Hòa born'],
      ['1996', 'other', 'Song Lam Telecommunications Group (SLTel) founded'],
    ]);
  });
});

describe('a guest who attended a dialogue and reminded those there of something', () => {
  it('gives the guest remarks at the dialogue, not the host', () => {
    const found = eventsOf([
      'Tax office meets accountants on e-invoices',
      'Cập nhật: 14/09/2029 08:00',
      'At a dialogue with accounting firms last Thursday, Director of the Ninh Bình Tax Office Lê Văn Tú said the office would answer '
        + 'every question online. Attending the dialogue, Deputy Director of the Ninh Bình Department of Finance Vũ Thị Hạnh reminded '
        + 'firms that every invoice must carry the buyer\'s tax code.',
    ]);
    expect(found.filter(([, kind]) => kind === 'remarks')).toEqual([['2029-09-13', 'remarks', 'Vũ Thị Hạnh delivered remarks at the dialogue']]);
  });
});

describe('a training held, its host the first to speak after it, and a guest attending it', () => {
  it('names a long gathering by its first words, and gives the other body\'s official remarks at the training', () => {
    const found = eventsOf([
      'Clinics learn the new booking app',
      'Cập nhật: 21/03/2029 08:00',
      'A training session for 260 nurses and commune health officers on the booking app and the national patient records system was held '
        + 'at the centre on Saturday (17/3). Director of the Gia Lai Provincial Hospital Nguyễn Văn Toàn said the hospital had given tablets to 40 '
        + 'clinics.',
      'Attending the training, Deputy Director of the Gia Lai Department of Health Rơ Châm Thị Hoa asked clinics to report every missed '
        + 'booking.',
    ]);
    expect(found.filter(([, kind]) => kind === 'meeting' || kind === 'remarks')).toEqual([
      ['2029-03-17', 'remarks', 'Rơ Châm Thị Hoa delivered remarks at the training'],
      ['2029-03-17', 'meeting', 'Training session for 260 nurses and commune health officers'],
    ]);
  });
});

describe('the host of a gathering a notice tells, its body the one whose notice opens the text', () => {
  it('gives another body\'s official remarks at a meeting the notice\'s issuer holds, though she speaks first', () => {
    const found = eventsOf([
      'Notice on the sale of 480 social housing apartments',
      'Ngày đăng: 04/10/2030',
      'Notice No. 2210/TB-SXD of the Hòa Bình Department of Construction announces the sale of 480 apartments at the Đà River project.',
      'At a meeting with buyers on Tuesday (30/9), Deputy Director of the Hòa Bình Branch of the Social Policy Bank Đinh Thị Lan said the bank '
        + 'had set aside VND 400 billion for loans. Director of the Hòa Bình Department of Construction Bùi Văn Hải said the list of buyers would '
        + 'be posted online.',
    ]);
    expect(found.filter(([, kind]) => kind === 'remarks')).toEqual([['2030-09-30', 'remarks', 'Đinh Thị Lan delivered remarks at the meeting']]);
  });

  it('takes "the ward" that held a meeting for the ward\'s body the notice opens with', () => {
    const found = eventsOf([
      'Notice on online enrolment for grades 1 and 6',
      'Ngày đăng: 05/05/2030',
      'Notice No. 418/TB-UBND of the Cái Khế Ward People\'s Committee sets out online enrolment for the 2030–2031 school year.',
      'On Friday (3/5), the ward held a meeting with school principals. Attending the meeting, Deputy Director of the Cần Thơ Department of '
        + 'Education and Training Trần Thị Mỹ Linh asked schools to post their quotas on time.',
    ]);
    expect(found.filter(([, kind]) => kind === 'remarks')).toEqual([['2030-05-03', 'remarks', 'Trần Thị Mỹ Linh delivered remarks at the meeting']]);
  });
});

describe('a training a body gave its own people on a day', () => {
  it('is a gathering of that body, and another body\'s official attending it gave remarks there', () => {
    const found = eventsOf([
      'Electronic notarisation begins',
      'Ngày đăng: 21/08/2030',
      'Notice No. 95/TB-VPCC of the Tháp Chàm Notary Office sets out electronic notarisation.',
      'Yesterday, the office trained its 14 notaries and staff on the new system. Attending the training, Deputy Director of the Ninh Thuận '
        + 'Department of Justice Đàng Thị Hoa reminded notaries to keep every record.',
    ]);
    expect(found.filter(([, kind]) => kind === 'meeting' || kind === 'remarks')).toEqual([
      ['2030-08-20', 'remarks', 'Đàng Thị Hoa delivered remarks at the training'],
      ['2030-08-20', 'meeting', 'Office training for its 14 notaries and staff on the new system'],
    ]);
  });
});

describe('a ministry\'s press conference and an officer of another ministry speaking there', () => {
  it('names the gathering without its relative weekday, and gives the officer remarks past a long apposition', () => {
    const found = eventsOf([
      'Press conference on digital land records',
      'Posted: 21/06/2030 16:40',
      'The Ministry of Agriculture and Environment held a press conference in Hà Nội last Tuesday (18/6) on its digital land records.',
      'Deputy Minister of Agriculture and Environment Lê Quang Vinh chaired the press conference.',
      'Speaking at the press conference, Colonel Đỗ Văn Tài, Deputy Director of the Department of Administrative Police for Social Order '
        + 'under the Ministry of Public Security, said records would be linked to residents\' accounts.',
    ]);
    expect(found.filter(([, kind]) => kind === 'meeting' || kind === 'remarks')).toEqual([
      ['2030-06-18', 'remarks', 'Đỗ Văn Tài delivered remarks at the press conference'],
      ['2030-06-18', 'meeting', 'Ministry of Agriculture and Environment held a press conference in Hà Nội'],
    ]);
  });
});

describe('a meeting named by whom it was with', () => {
  it('keeps "with …" in its title, and a caption that names it so again is the same meeting', () => {
    const found = eventsOf([
      'Province plans forest tourism',
      'Posted: 10/09/2030 07:30',
      'At a meeting with tour firms on Friday, Director of the Lào Cai Department of Culture, Sports and Tourism Giàng Seo Phử said the '
        + 'department would train 500 village guides.',
      'Photo: Director Giàng Seo Phử at the meeting with tour firms on Friday. Photo: Lò Văn Sáng',
    ]);
    expect(found.filter(([, kind]) => kind === 'meeting')).toEqual([['2030-09-06', 'meeting', 'Meeting with tour firms']]);
  });
});

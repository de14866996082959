import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';
import { heldObject } from '../../../src/pipeline/events/event-title.ts';

const remarks = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('15/12/2026', ...lines) }).events
  .filter((e) => e.kind === 'remarks').map((e) => [e.date, e.title]);

describe('a guest the text names as such', () => {
  const session = 'The People\'s Council of Phú Mỹ commune yesterday held its year-end session, chaired by its Chairman, Ông Tạ Văn Lộc.';

  it('delivers remarks when speaking at the gathering, whatever the body of their title', () => {
    expect(remarks(session,
      'Attending as a guest was Bà Kiều Thị Mai, Deputy Head of the Economic Committee of the Provincial People\'s Council.',
      'Speaking at the session, Bà Kiều Thị Mai asked the commune to report its progress every quarter.',
    )).toEqual([['2026-12-14', 'Kiều Thị Mai delivered remarks at the session']]);
  });

  it('is no guest without those words, when the text names no host', () => {
    expect(remarks(session,
      'Bà Kiều Thị Mai, Deputy Head of the Economic Committee of the Provincial People\'s Council, was also present.',
      'Speaking at the session, Bà Kiều Thị Mai asked the commune to report its progress every quarter.',
    )).toEqual([]);
  });

  it('is one when the text says only that they attended, their title in apposition before the verb', () => {
    expect(remarks('On the morning of 14/12, the Executive Committee of the Tân Lộc commune Party Committee met to review the year.',
      'Lò Văn Sinh, Secretary of the Tân Lộc commune Party Committee, chaired the meeting. Mùa Thị Dua, Deputy Secretary of the Sơn La '
        + 'Provincial Party Committee, attended.',
      'Speaking at the meeting, Dua asked the commune to keep its village teams.',
    )).toEqual([['2026-12-14', 'Mùa Thị Dua delivered remarks at the meeting']]);
  });

  it('delivers remarks when the sentence that quotes them opens by calling them a guest, the gathering named or not', () => {
    const launch = 'On Sunday (13/12), the Tây Ninh Provincial Labour Confederation launched a movement for workers\' digital skills.';
    expect(remarks(launch,
      'Speaking at the launch as a guest, Võ Thành Đạt, Vice Chairman of the Tây Ninh Provincial People\'s Committee, said factories needed them.',
    )).toEqual([['2026-12-13', 'Võ Thành Đạt delivered remarks at the launch']]);
    expect(remarks(launch,
      'Attending the launch as a guest, Võ Thành Đạt, Vice Chairman of the Tây Ninh Provincial People\'s Committee, said factories needed them.',
    )).toEqual([['2026-12-13', 'Võ Thành Đạt delivered remarks at the launch']]);
    expect(remarks('On Thursday (10/12), An Giang Social Insurance held a conference for employers in Long Xuyên ward.',
      'Attending as a guest, Trịnh Thị Hồng Vân, Deputy Director General of Vietnam Social Security, said the change would save time.',
    )).toEqual([['2026-12-10', 'Trịnh Thị Hồng Vân delivered remarks']]);
  });

  it('reads the guest\'s title past the commas of a ministry named by its fields', () => {
    expect(remarks('On Tuesday (8/12), the Khánh Hòa Provincial People\'s Committee held a conference to launch its digital tourism plan.',
      'Attending the conference as a guest, Đỗ Minh Hải, Deputy Director of the Department of Tourism Promotion under the Ministry of Culture, '
        + 'Sports and Tourism, said Nha Trang could lead the country.',
    )).toEqual([['2026-12-08', 'Đỗ Minh Hải delivered remarks at the conference']]);
  });

  it('delivers remarks when the next sentence opens with the guest\'s words, by name or by "he" or "she"', () => {
    const session = 'On Monday (14/12), the Cà Mau Provincial People\'s Council held a thematic session on digital fisheries.';
    const guest = 'Trần Minh Quế, Deputy Director of the Fisheries Authority under the Ministry of Agriculture and Environment, attended the session '
      + 'as a guest at the council\'s invitation.';
    const said = [['2026-12-14', 'Trần Minh Quế delivered remarks at the session']];
    expect(remarks(session, `${guest} Quế said the province could lead the coast.`)).toEqual(said);
    expect(remarks(session, `${guest} He urged the province to tag every vessel by 2028.`)).toEqual(said);
    expect(remarks(session,
      'Attending at the council\'s invitation as a guest, Trần Minh Quế, Deputy Director of the Fisheries Authority, presented a study of the '
        + 'fleet. He said the logbooks were still on paper.',
    )).toEqual([['2026-12-14', 'Trần Minh Quế delivered remarks']]);
    // Someone else's words next, or none, or the next paragraph's: the guest only attended.
    expect(remarks(session, `${guest} Delegates said the province could lead the coast.`)).toEqual([]);
    expect(remarks(session, `${guest} He visited the port the next morning.`)).toEqual([]);
    expect(remarks(session, guest, 'He said the province could lead the coast.')).toEqual([]);
  });

  it('gives none to a guest the text does not quote', () => {
    expect(remarks('On Thursday (10/12), An Giang Social Insurance held a conference for employers in Long Xuyên ward.',
      'Attending as a guest, Trịnh Thị Hồng Vân, Deputy Director General of Vietnam Social Security, handed out certificates.',
    )).toEqual([]);
  });

  it('names a body that opens with a place spelt "An" in full in the gathering\'s title', () => {
    const events = timelineOf({ 'seeds/a.txt': dated('15/12/2026',
      'On Thursday (10/12), An Giang Social Insurance held a conference in Long Xuyên ward to introduce the new circular to some 300 employers.',
    ) }).events;
    expect(events.map((e) => e.title)).toEqual([expect.stringMatching(/^An Giang Social Insurance held a conference in Long Xuyên ward/)]);
  });
});

describe('a minister who attended a council\'s session', () => {
  it('delivers remarks when the sentence that quotes them opens "Attending the session,", the council\'s chairman having closed it', () => {
    const lines = ['At its thematic session on Monday (14/12), the Ninh Bình Provincial People\'s Council adopted Resolution No. 70/2026/NQ-HĐND '
      + 'on the provincial data centre.',
    'Attending the session, Deputy Minister of Finance Lê Thu Hằng said the data centre could serve as a model.',
    'Council Chairman Phạm Quang Ngọc closed the session.'];
    expect(remarks(...lines)).toEqual([['2026-12-14', 'Lê Thu Hằng delivered remarks at the session']]);
    // The act's subject is the council, after the occasion and its day.
    expect(timelineOf({ 'seeds/a.txt': dated('15/12/2026', ...lines) }).events.find((e) => e.kind === 'adopted')?.title)
      .toBe('Ninh Bình Provincial People\'s Council adopted Resolution No. 70/2026/NQ-HĐND');
  });
});

describe('a speech its speaker is named after', () => {
  it('is a guest\'s remarks: "In his speech, Dũng asked …"', () => {
    expect(remarks('On Monday (14/12), the Cần Thơ Institute of Informatics held a ceremony to celebrate its 40th anniversary.',
      'Deputy Minister of Science and Technology Võ Hoàng Dũng attended the ceremony.',
      'In his speech, Dũng asked the institute to train more engineers for the Mekong Delta.'))
      .toEqual([['2026-12-14', 'Võ Hoàng Dũng delivered a speech']]);
  });
});

describe('one speaking for others', () => {
  it('delivers remarks: "Speaking for the State owner, Deputy Minister X told the meeting …"', () => {
    expect(remarks('On Monday (14/12), Sông Hồng Telecom held its annual general meeting of shareholders in Hà Nội.',
      'Speaking for the State owner, Deputy Minister of Finance Võ Thanh Tâm told the meeting that the firm had to build a data backbone.'))
      .toEqual([['2026-12-14', 'Võ Thanh Tâm delivered remarks']]);
  });
});

describe('a guest who judges aloud', () => {
  it('delivers remarks: "Attending the session as a guest, X, Deputy Minister of Finance, praised the council …"', () => {
    expect(remarks('On Monday (14/12), the Hải Dương Provincial People\'s Council held a thematic session and adopted two resolutions.',
      'Attending the session as a guest, Trần Thị Mai Hoa, Deputy Minister of Finance, praised the council for "putting a price on every goal".'))
      .toEqual([['2026-12-14', 'Trần Thị Mai Hoa delivered remarks at the session']]);
  });
});

describe('a guest who tells the deputies', () => {
  it('addressed them: "Đức told deputies"', () => {
    expect(remarks('On Monday (14/12), the Cần Thơ City People\'s Council held its thematic session, chaired by its Chairman, Trần Minh Khoa.',
      'Attending the session, Deputy Minister of Science and Technology Hoàng Minh Đức welcomed the fund. "The delta needs engineers," Đức told deputies.'))
      .toEqual([['2026-12-14', 'Hoàng Minh Đức addressed deputies']]);
  });
});

describe('the gathering a guest attended', () => {
  it('is named by its noun, not by the guest\'s role or words: "(who attended) the ceremony as a guest, said …"', () => {
    expect(heldObject('ceremony as a guest, said the platform should link to the national catch database.')).toBe('ceremony');
    expect(heldObject('launch ceremony, said the platform was ready.')).toBe('launch ceremony');
    // (A place after it still ends it, and a list in lower case goes on.)
    expect(heldObject('review conference in Hà Nội.')).toBe('review conference');
  });
});

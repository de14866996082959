import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const remarks = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated('20/11/2027', ...lines) }).events
  .filter((e) => e.kind === 'remarks').map((e) => e.title);

describe("remarks at a province's own conference", () => {
  const held = "On Thursday, the Lai Châu Provincial People's Committee held a conference in Tân Phong ward to review the year's digital "
    + "transformation. Vice Chairman of the Provincial People's Committee Giàng A Tông chaired the conference.";

  it("are none of one of the province's departments or communes: they speak for the host", () => {
    expect(remarks(held,
      'At the conference, Lò Thị Mai, Deputy Director of the Lai Châu Department of Finance, said unspent funds would carry over.',
      "Speaking at the conference, Vàng A Sử, Chairman of the Sìn Hồ commune People's Committee, asked for more tablets.",
    )).toEqual([]);
  });

  it("are a guest's from a ministry's department, or another province's", () => {
    expect(remarks(held,
      'At the conference, Trần Thu Hà, Deputy Director of the Department of Digital Economy under the Ministry of Science and Technology, '
        + 'said the ministry would send experts.',
    )).toEqual(['Trần Thu Hà delivered remarks at the conference']);
    expect(remarks(held,
      'At the conference, Lò Văn Quý, Director of the Điện Biên Department of Science and Technology, said his province would share its platform.',
    )).toEqual(['Lò Văn Quý delivered remarks at the conference']);
  });
});

describe('the host of a gathering the text names by who moderated it', () => {
  it("makes a minister speaking there a guest, and the moderator's body its host", () => {
    expect(remarks('The survey was presented at a press conference in Hà Nội on Wednesday (17/11).',
      'Lê Minh Tâm, General Secretary of the Vietnam Logistics Software Association, moderated the event.',
      'At the press conference, Phạm Thu Hằng, Deputy Minister of Industry and Trade, said the ministry would study the findings.',
    )).toEqual(['Phạm Thu Hằng delivered remarks at the press conference']);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

const only = (text: string) => timelineOf({ 'seeds/a.txt': text }).events.filter((e) => e.kind !== 'milestone');

describe('events read from dated sentences', () => {
  it('takes the gathering a body held as the title, with the day, the place and the participants', () => {
    const [event] = only(dated('05/03/2025',
      'On the morning of March 4, in Da Nang, the Ministry of Finance held a conference on public investment, combining online participation with 63 provinces.',
      'Attending the conference were: Minister of Finance Nguyen Van Thang and Deputy Prime Minister Ho Duc Phoc.'));
    expect(event).toMatchObject({ kind: 'meeting', title: 'Conference on public investment', date: '2025-03-04', precision: 'day', place: 'Da Nang' });
    expect(event?.participants).toEqual(expect.arrayContaining(['organization/ministry-of-finance', 'person/nguyen-van-thang', 'person/ho-duc-phoc']));
  });

  it('names "its first meeting" after the body that held it', () => {
    const [event] = only(dated('21/02/2025', 'On the afternoon of February 20, at the Government Headquarters, the National Council for Education held its first meeting.'));
    expect(event).toMatchObject({ title: 'First meeting of National Council for Education', place: 'Government Headquarters', date: '2025-02-20' });
  });

  it('counts those the paragraph says chaired or spoke at the gathering as participants', () => {
    const [event] = only(dated('21/02/2025', 'On the afternoon of February 20, the Ministry of Home Affairs held a conference on civil servants. Minister of Home Affairs Pham Thi Thanh Tra chaired the conference.'));
    expect(event?.participants).toEqual(['organization/ministry-of-home-affairs', 'person/pham-thi-thanh-tra']);
  });

  it('reads a gathering that "was held", and the historic hall it was held in', () => {
    const [event] = only(dated('02/09/2025', 'On September 2, 1945, the first session of the Provisional Government was held at the historic Ba Dinh Square, marking the birth of the nation.'));
    expect(event).toMatchObject({ title: 'First session of the Provisional Government', date: '1945-09-02', place: 'Ba Dinh Square' });
  });

  it('reads a meeting chaired by an official and people met by a leader', () => {
    const events = only(dated('11/04/2025',
      'On the morning of April 10, Prime Minister Pham Minh Chinh chaired the regular meeting of the Government for March.',
      'On the afternoon of April 10, General Secretary To Lam met with 300 young scientists at the Party Central Office.'));
    expect(events.map((e) => e.title).toSorted()).toEqual(['General Secretary To Lam met with 300 young scientists', 'Regular meeting of the Government for March']);
  });

  it('reads an instrument signed and issued, and a body established, as events of their kinds', () => {
    const events = only(dated('10/03/2025',
      'On March 7, 2025, Prime Minister Pham Minh Chinh signed and issued Decision No. 505/QĐ-TTg on the digital economy.',
      'The National Data Association was established on March 8, 2025 by the Ministry of Public Security.'));
    expect(events.map((e) => [e.kind, e.title, e.date])).toEqual([
      ['signed', 'Prime Minister Pham Minh Chinh signed and issued Decision No. 505/QĐ-TTg', '2025-03-07'],
      ['establishment', 'National Data Association established', '2025-03-08'],
    ]);
  });

  it('dates an instrument by the day a text cites it with ("Resolution No. 18-NQ/TW dated October 25, 2017")', () => {
    const [event] = only(dated('05/01/2025', 'Ministries continue to implement Resolution No. 18-NQ/TW dated October 25, 2017 of the Party Central Committee.'));
    expect(event).toMatchObject({ kind: 'instrument', date: '2017-10-25', participants: ['organization/party-central-committee'] });
    expect(event?.title).toMatch(/^Resolution 18-NQ\/TW issued$/);
  });

  it('does not make events of deadlines, of days still to come, or of dated sentences without a happening', () => {
    expect(only(dated('05/01/2025',
      'The conference will be held on March 3.',
      'By March 31, ministries must complete the review.',
      'The weather on January 4 was cold.'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

describe('the date of a document\'s own heading', () => {
  it('dates the instrument and its issue event alike from "No 12/NQ-CP Hanoi, February 7, 2025"', () => {
    const { entities, events } = timelineOf({
      'a.txt': dated('10/02/2025',
        'THE GOVERNMENT',
        'No 12/NQ-CP    Hanoi, February 7, 2025',
        'RESOLUTION ON THE ACTION PROGRAMME FOR SCIENCE AND TECHNOLOGY',
        'The Government adopts this resolution to carry out the tasks of science and technology in the year ahead.'),
    });
    const resolution = entities.find((e) => e.name === 'Resolution 12/NQ-CP');
    expect(resolution && 'date' in resolution ? resolution.date : undefined).toBe('2025-02-07');
    expect(events.filter((e) => e.entities.includes(resolution!.id)).map((e) => [e.date, e.kind])).toContainEqual(['2025-02-07', 'instrument']);
  });
});

describe('an instrument\'s date as a translated page or a list of references writes it', () => {
  it('reads "ngày 10/02/2026" after an instrument as its date, and a date in brackets after it in a list', () => {
    const { entities, events } = timelineOf({
      'a.txt': dated('25/02/2026',
        'The ministries carried out Official Dispatch No. 1532/VPCP-KSTT ngày 10/02/2026 of the Government Office with good results.',
        'Legal bases:',
        '- Decree No. 287/2025/NĐ-CP (30/9/2025)',
        '- Decision No. 45/QĐ-TTg (12/1/2026)'),
    });
    const dateOf = (name: string) => entities.find((e) => e.name === name && 'date' in e) as { date?: string | null } | undefined;
    expect(dateOf('Dispatch 1532/VPCP-KSTT')?.date).toBe('2026-02-10');
    // The dispatch's date is no day the ministries carried it out.
    expect(events.filter((e) => e.kind !== 'instrument')).toEqual([]);
    expect(dateOf('Decree 287/2025/NĐ-CP')?.date).toBe('2025-09-30');
    expect(dateOf('Decision 45/QĐ-TTg')?.date).toBe('2026-01-12');
  });

  it('reads the place of issue before the date in the brackets, as a heading writes them: "(Huế, 1 April 2027)"', () => {
    const { entities } = timelineOf({
      'a.txt': dated('02/04/2027',
        'Biometric boarding will open on all domestic flights, under Notice No. 417/TB-CHKPB (Huế, 1 April 2027) of the airport.',
        'Passengers flying under Decision No. 22/QĐ-CHK (Tân Sơn Nhất terminal, gate 4) need no change.'),
    });
    const dateOf = (name: string) => entities.find((e) => e.name === name && 'date' in e) as { date?: string | null } | undefined;
    expect(dateOf('Notice 417/TB-CHKPB')?.date).toBe('2027-04-01');
    expect(dateOf('Decision 22/QĐ-CHK')?.date ?? null).toBeNull();
  });
});

describe('a date in brackets after an instrument\'s issuer or what it does', () => {
  it('dates "Resolution 08-NQ/TU of the X Provincial Party Committee (4/6/2025)" and "Decision … approving the … project (…)"', () => {
    const { entities } = timelineOf({
      'a.txt': dated('25/02/2027',
        'LEGAL BASIS',
        '• Resolution 08-NQ/TU of the Kon Tum Provincial Party Committee (4/6/2025)',
        '• Decision 512/QĐ-UBND approving the provincial open data project (21/10/2026)',
        '• Decision 77/QĐ-UBND approving Plan 31/KH-UBND (2/2/2026)'),
    });
    const dateOf = (name: string) => (entities.find((e) => e.name === name && 'date' in e) as { date?: string | null } | undefined)?.date;
    expect(dateOf('Resolution 08-NQ/TU')).toBe('2025-06-04');
    expect(dateOf('Decision 512/QĐ-UBND')).toBe('2026-10-21');
    // The date after another instrument's number is that one's, not the decision's.
    expect(dateOf('Plan 31/KH-UBND')).toBe('2026-02-02');
    expect(dateOf('Decision 77/QĐ-UBND')).toBeFalsy();
  });

  it('reads no headline\'s date in brackets as the date of the instrument it names', () => {
    const { entities } = timelineOf({
      'a.txt': dated('25/02/2027',
        'Readers asked about the new rules for online invoices this week.',
        'Other questions:',
        '- Is Circular No. 12/2027/TT-BTC on e-invoices binding for household businesses? (19/02/2027)'),
    });
    expect((entities.find((e) => e.name === 'Circular 12/2027/TT-BTC') as { date?: string | null } | undefined)?.date).toBeFalsy();
  });
});

describe('an instrument of a gathering and the day it was held', () => {
  it('dates "Resolution … of the 2027 Annual General Meeting of Shareholders, held on April 20, 2027", not one of a body alone', () => {
    const { entities } = timelineOf({
      'a.txt': dated('30/06/2027',
        'Pursuant to Resolution No. 02/2027/NQ-ĐHĐCĐ of the 2027 Annual General Meeting of Shareholders, held on April 20, 2027;',
        'Pursuant to Decision No. 14/2027/QĐ-HĐQT of the Board of Directors, which took effect on May 3, 2027;'),
    });
    const dateOf = (name: string) => (entities.find((e) => e.name === name && 'date' in e) as { date?: string | null } | undefined)?.date;
    expect(dateOf('Resolution 02/2027/NQ-ĐHĐCĐ')).toBe('2027-04-20');
    expect(dateOf('Decision 14/2027/QĐ-HĐQT')).toBeFalsy();
  });
});

describe('a letter\'s heading with its subject line under its number', () => {
  it('dates the letter by the place and date under the subject: "No.: 518/SKHCN-BCVT", "Re: …", "Lạng Sơn, 6 June 2029"', () => {
    const { entities, events } = timelineOf({
      'a.txt': dated('08/06/2029',
        'LẠNG SƠN PROVINCIAL PEOPLE\'S COMMITTEE',
        'DEPARTMENT OF SCIENCE AND TECHNOLOGY',
        'No.: 518/SKHCN-BCVT',
        'Re: reply to feedback on broadband in Bắc Sơn commune',
        'Lạng Sơn, 6 June 2029',
        'The department has received the feedback about slow broadband in Bắc Sơn commune and replies as follows.'),
    });
    const letter = entities.find((e) => e.name === 'Dispatch 518/SKHCN-BCVT');
    expect(letter && 'date' in letter ? letter.date : undefined).toBe('2029-06-06');
    expect(events.filter((e) => e.entities.includes(letter!.id)).map((e) => [e.date, e.kind])).toContainEqual(['2029-06-06', 'instrument']);
  });
});

describe('a notice\'s heading: its type in capitals before its number, and what it is on under it', () => {
  it('dates the notice by the place and date under its subject: "NOTICE No. 3178/TB-TQN", "On …", "Quảng Ninh, 4 March 2031"', () => {
    const { entities } = timelineOf({
      'a.txt': dated('06/03/2031',
        'NOTICE No. 3178/TB-TQN',
        'On electronic receipts for parking fees and on the tax office\'s service commitments for 2031',
        'Quảng Ninh, 4 March 2031',
        'The tax office informs parking operators in the province as follows.'),
    });
    const notice = entities.find((e) => e.name === 'Notice 3178/TB-TQN');
    expect(notice && 'date' in notice ? notice.date : undefined).toBe('2031-03-04');
    // (A sentence that opens with "On" under the number is no subject line: the date after it is no heading's.)
    const told = timelineOf({
      'a.txt': dated('06/03/2031', 'NOTICE No. 3178/TB-TQN', 'On Tuesday the office met parking operators.', 'Quảng Ninh, 4 March 2031'),
    }).entities.find((e) => e.name === 'Notice 3178/TB-TQN');
    expect(told && 'date' in told ? told.date : undefined).toBeFalsy();
  });
});

describe('a plan cited by its bare number', () => {
  it('is the plan of that number its text names with a code, and is dated where the bare number is', () => {
    const { entities, events } = timelineOf({
      'a.txt': dated('16/01/2030',
        'The Vĩnh Long Provincial People\'s Committee has reviewed Plan No. 311/KH-UBND on digital agriculture.',
        'Plan 311, dated 14/05/2027, was the province\'s first plan after the merger.'),
    });
    const plans = entities.filter((e) => e.type === 'plan');
    expect(plans.map((e) => e.name)).toEqual(['Plan 311/KH-UBND']);
    expect('date' in plans[0]! ? plans[0]!.date : undefined).toBe('2027-05-14');
    expect(events.filter((e) => e.entities.includes(plans[0]!.id)).map((e) => e.date)).toContain('2027-05-14');
  });

  it('is no instrument when its text names no plan of that number with a code, or names two', () => {
    const none = timelineOf({ 'a.txt': dated('16/01/2030', 'Plan 311, dated 14/05/2027, was the province\'s first plan after the merger.') });
    expect(none.entities.filter((e) => e.type === 'plan')).toEqual([]);
    const two = timelineOf({
      'a.txt': dated('16/01/2030', 'The committee reviewed Plan No. 311/KH-UBND and Plan No. 311/KH-BCĐ on digital agriculture.',
        'Plan 311, dated 14/05/2027, was the province\'s first plan after the merger.'),
    });
    expect(two.entities.filter((e) => e.type === 'plan').map((e) => e.name).sort()).toEqual(['Plan 311/KH-BCĐ', 'Plan 311/KH-UBND']);
    expect(two.entities.filter((e) => e.type === 'plan').every((e) => !('date' in e) || e.date === null)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { timelineOf } from './helpers.ts';

describe('the fields of a legal-database page', () => {
  it('dates the page\'s instrument ("Number: 845/QĐ-TTg") by its "Issued date:" field, not by "Posted:"', () => {
    const { entities, events, documents } = timelineOf({
      'a.txt': [
        'Decision approving the digital data project',
        'Home » Legal documents',
        'Number: 845/QĐ-TTg',
        'Type: Decision',
        'Issuing agency: The Prime Minister',
        'Issued date: 03/03/2025',
        'Effective date: 03/03/2025',
        'Posted: 05/03/2025',
        'The Prime Minister approves the project on developing the digital data ecosystem for the coming period.',
        'Ministries and provinces shall carry out the tasks of the project within their remit.',
      ].join('\n'),
    });
    expect(documents[0]!.data.date).toBe('2025-03-05');
    const decision = entities.find((e) => e.name === 'Decision 845/QĐ-TTg')!;
    expect('date' in decision ? decision.date : undefined).toBe('2025-03-03');
    expect(events.filter((e) => e.entities.includes(decision.id)).map((e) => [e.date, e.kind])).toContainEqual(['2025-03-03', 'instrument']);
  });

  it('reads the fields in two languages (a field is no title in another language), and a heading whose number and place a bar sets apart', () => {
    const { entities, events } = timelineOf({
      'b.txt': [
        'Decision 512/QĐ-TTg approving the open data programme',
        'Số hiệu / Document number: 512/QĐ-TTg',
        'Loại văn bản / Type: Quyết định / Decision',
        'Ngày ban hành / Date of issue: 07/05/2026',
        'Ngày đăng / Posted: 11/05/2026',
        'The Prime Minister approves the open data programme for the coming period.',
        'Ministries and provinces shall carry out the tasks of the programme within their remit.',
      ].join('\n'),
      'c.txt': [
        'Decision on the provincial data centre',
        'Posted: 20/05/2026',
        'THE PEOPLE\'S COMMITTEE OF HUE CITY | SOCIALIST REPUBLIC OF VIETNAM',
        'No.: 77/QĐ-UBND | Huế, ngày 15 tháng 5 năm 2026',
        'DECISION',
        'The People\'s Committee approves the plan to build a provincial data centre.',
        'Departments shall carry out the tasks of the plan within their remit.',
      ].join('\n'),
    });
    const dateOf = (name: string) => {
      const e = entities.find((x) => x.name === name)!;
      return ['date' in e ? e.date : undefined, events.some((v) => v.entities.includes(e.id) && v.date === ('date' in e ? e.date : ''))];
    };
    expect(dateOf('Decision 512/QĐ-TTg')).toEqual(['2026-05-07', true]);
    expect(dateOf('Decision 77/QĐ-UBND')[0]).toBe('2026-05-15');
  });
});

describe('a document named again by its noun with the day it was signed', () => {
  it('dates the one named before: "Decree X takes effect. The decree, signed on October 16, …"', () => {
    const { entities } = timelineOf({
      'd.txt': [
        'Electronic records rules take effect',
        'Posted: 03/12/2026',
        'From today, Decree 301/2026/NĐ-CP on electronic school records takes effect. The decree, signed on October 16, requires every school to keep records online.',
      ].join('\n'),
    });
    const decree = entities.find((e) => e.name === 'Decree 301/2026/NĐ-CP')!;
    expect('date' in decree ? decree.date : undefined).toBe('2026-10-16');
  });

  it('dates a report the same way: "Report No. 1204/BC-BDT, signed by …, reviews … . The report, dated 3/4/2031, was presented …"', () => {
    const { entities, events } = timelineOf({
      'e.txt': [
        'First-quarter report: 4G reaches 90 percent of villages',
        'Posted: 09/04/2031',
        'Report No. 1204/BC-BDT, signed by Deputy Minister Lò Văn Pá, reviews the first quarter of 2031.',
        'The report, dated 3/4/2031, was presented yesterday at the ministry\'s quarterly review conference in Hà Nội.',
      ].join('\n'),
    });
    const report = entities.find((e) => e.name === 'Report 1204/BC-BDT') as { date?: string | null } | undefined;
    expect(report?.date).toBe('2031-04-03');
    expect(events.filter((e) => e.kind === 'instrument').map((e) => [e.date, e.title])).toEqual([['2031-04-03', 'Report 1204/BC-BDT issued']]);
  });
});

describe('a legal-database page that sets its fields in one row', () => {
  it('dates the instrument by the "Signed:" field after its number in the row, not by the day the library added it', () => {
    const { entities, events } = timelineOf({
      'a.txt': [
        'LAWSHELF – Vietnamese legal documents in English',
        'Home > Resolutions > 2030',
        'Resolution No. 39/NQ-CP on the national programme for digital skills',
        'Number: 39/NQ-CP | Type: Resolution | Issuer: Government | Signed: 18/03/2030 | Effective: 18/03/2030',
        'Added to the library: 22/03/2030',
        'THE GOVERNMENT',
        'RESOLUTION',
        'THE GOVERNMENT RESOLVES:',
        'Article 1. Objectives',
        '1. By 2030, at least 70% of working-age people have basic digital skills.',
        '2. Each year, train at least 50,000 digital technology engineers.',
      ].join('\n'),
    });
    const resolution = entities.find((e) => e.name === 'Resolution 39/NQ-CP') as { date?: string | null } | undefined;
    expect(resolution?.date).toBe('2030-03-18');
    expect(events.filter((e) => e.kind === 'instrument').map((e) => e.date)).toEqual(['2030-03-18']);
  });
});

describe('a page\'s own number in the fields above its headline', () => {
  it('keeps "Số: 4638/TB-SGT | Ngày ban hành: 12/03/2030" above a notice\'s headline as the notice, issued that day', () => {
    const { entities, events, documents } = timelineOf({
      'a.txt': [
        'RED RIVER TELECOM',
        'Di động | Internet cáp quang | Doanh nghiệp | Hỗ trợ | Thông báo',
        'Thông báo › Thông báo khách hàng',
        'Số: 5120/TB-RRT | Ngày ban hành: 14/05/2031',
        'Notice to customers in Hà Giang: the 2G network will be switched off',
        'This notice replaces Notice No. 4410/TB-RRT of 2 December 2030, which had set the switch-off for 1 April 2031.',
        'Customers can check their phone by texting 2G to 1588 free of charge.',
      ].join('\n'),
    });
    expect(documents[0]!.data.title).toBe('Notice to customers in Hà Giang: the 2G network will be switched off');
    const notice = entities.find((e) => e.name === 'Notice 5120/TB-RRT') as { date?: string | null } | undefined;
    expect(notice?.date).toBe('2031-05-14');
    expect(events.filter((e) => e.kind === 'instrument').map((e) => [e.date, e.title])).toContainEqual(['2031-05-14', 'Notice 5120/TB-RRT issued']);
  });

  it('cuts a word glued to the code of the number\'s field: "Số hiệu:31/2026/NQ-HĐNDLoại văn bản:Nghị quyết"', () => {
    const { entities } = timelineOf({
      'a.txt': [
        'Resolution 31/2026/NQ-HĐND on support for start-ups',
        'Số hiệu:31/2026/NQ-HĐNDLoại văn bản:Nghị quyết',
        'The Provincial People\'s Council resolves to support start-ups that use digital technology.',
        'The Provincial People\'s Committee shall carry out this Resolution.',
      ].join('\n'),
    });
    expect(entities.filter((e) => e.name.startsWith('Resolution 31/')).map((e) => e.name)).toEqual(['Resolution 31/2026/NQ-HĐND']);
  });
});

import { describe, expect, it } from 'vitest';
import { placeNamed } from '../../../src/pipeline/targets/scope.ts';
import { timelineOf } from '../events/helpers.ts';

const targetsOf = (text: string) => timelineOf({ 'seeds/a.txt': text }).targets.map((t) => [t.metric, t.value, t.deadline, t.scope]);

describe('the place a text is about, read from its lead', () => {
  it('is read past the title printed again, an image and its caption', () => {
    expect(targetsOf([
      'HIGHLAND WEEKLY', 'Home | News | Interviews', '05/06/2027 08:00',
      '"Our data must move as fast as our coffee"', '[photo]', 'Chairman Hà Văn Sơn. Photo: HW/Minh Trí',
      'Gia Lai, on the border with Cambodia, wants to turn its coffee trade into a digital advantage, the chairman says.',
      'Hà Văn Sơn, Chairman of the Gia Lai Provincial People\'s Committee, spoke to Highland Weekly in Pleiku.',
      'The plan also sets a target for the digital economy of 22% of GRDP by 2030.',
    ].join('\n'))).toEqual([['digital economy share of GRDP', 22, 2030, 'Gia Lai']]);
  });

  it('takes no capitalised word that opens a line before "province" for a province, unless it is a listed one', () => {
    expect(placeNamed('Host province first\nThe Thái Nguyên Provincial People\'s Committee met.')).toBe('Thái Nguyên');
    expect(placeNamed('Lạng Sơn province\nThe committee met.')).toBe('Lạng Sơn');
  });
});

describe('figures that are no targets though a deadline is near', () => {
  it('reads a count in the past perfect as reported ("had registered by the end of June")', () => {
    expect(targetsOf(['Tin tứcTin tức06/07/2027', 'Platform opens to exporters',
      'By 2030, the province aims to have 5,000 firms on the platform. About 1,100 firms had registered by the end of June.'].join('\n')))
      .toEqual([['firms on the platform', 5000, 2030, 'Vietnam']]);
  });

  it('reads a choice weighed in words as no target ("I would rather set 25% … than promise 30%")', () => {
    expect(targetsOf(['Tin tứcTin tức06/07/2027', 'Governor explains the plan',
      'By 2030, the digital economy is to reach 25% of GRDP. "I would rather set 25% and reach it than promise 30%," he said.'].join('\n')))
      .toEqual([['digital economy share of GRDP', 25, 2030, 'Vietnam']]);
  });
});

describe('a strategy\'s figures in units of measure', () => {
  const text = ['Tin tứcTin tức02/03/2028', 'Data centre strategy approved',
    'The strategy sets a target of 1,500 MW of total data centre capacity nationwide by 2030, against about 420 MW in operation at the end '
      + 'of 2027, and of 4,000 MW by 2035.'].join('\n');

  it('measures what the unit is of, the later figure joined by "and of" is the same measure later, the past one in between none', () => {
    expect(targetsOf(text)).toEqual([
      ['total data centre capacity nationwide', 1500, 2030, 'Vietnam'],
      ['total data centre capacity nationwide', 4000, 2035, 'Vietnam'],
    ]);
  });

  it('counts things named with an ampersand ("R&D centres")', () => {
    expect(targetsOf(['Tin tứcTin tức02/03/2028', 'Minister sets out aims',
      'The minister said Vietnam aims to have 250 R&D centres of foreign firms registered by 2030, up from 60 today.'].join('\n')))
      .toEqual([['R&D centres of foreign firms registered', 250, 2030, 'Vietnam']]);
  });

  it('reads what a survey found as no target, whatever its respondents plan', () => {
    expect(targetsOf(['Tin tứcTin tức02/03/2028', 'Members survey',
      'Our survey, answered by 90 firms in January, found that 58% of them plan to raise R&D spending by 2030.'].join('\n'))).toEqual([]);
  });
});

describe('a school\'s own aims in its notice', () => {
  const notice = ['[Tải về / Download PDF]', 'MINISTRY OF EDUCATION AND TRAINING', 'BAC HAI UNIVERSITY OF TECHNOLOGY',
    'No.: 88/TB-ĐHCNBH | Hải Phòng, April 5, 2028', 'NOTICE', 'On admission quotas for the chip design major, 2028 intake',
    'In implementation of the Resolution, Bac Hai University of Technology announces its quotas for 2028.',
    'Under its strategy, by 2030 the university aims to have trained 1,500 engineers in chip design. By 2035, it aims to rank among the top '
      + '10 technical universities in the national rankings.'].join('\n');

  it('are the school\'s, named in capitals in the heading, "it" included; a perfect infinitive counts what is to be done by then', () => {
    expect(targetsOf(notice)).toEqual([
      ['engineers in chip design', 1500, 2030, 'Bac Hai University of Technology'],
      ['national rankings', 10, 2035, 'Bac Hai University of Technology'],
    ]);
  });
});

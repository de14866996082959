import { describe, expect, it } from 'vitest';
import { leadPlace, placeNamed, scopeOf } from '../../../src/pipeline/targets/scope.ts';

describe('where a target applies', () => {
  it('reads place names that open with a letter outside ASCII, and "An" as part of a name', () => {
    expect(placeNamed('the Đắk Nông Provincial People\'s Committee')).toBe('Đắk Nông');
    expect(placeNamed('Long An province will reach 30%')).toBe('Long An');
    expect(placeNamed('An Giang province aims to')).toBe('An Giang');
    expect(placeNamed('An important province of the delta')).toBeNull();
  });

  it('finds the place of a local text from its dateline or title when the lead speaks of the province', () => {
    expect(leadPlace('Ben Tre: online services rise\nBEN TRE - The Provincial People\'s Committee reported …')).toBe('Ben Tre');
    expect(leadPlace('Tra Vinh aims for a digital economy of 20%\nThe provincial Party Committee met …')).toBe('Tra Vinh');
    expect(leadPlace('Government reviews digital plans\nHANOI - The Prime Minister chaired …')).toBeNull();
  });

  it('scopes a sentence that names the place without its kind, or that is benchmarked, to the text\'s place', () => {
    expect(scopeOf('By 2027, Ben Tre aims to', 'By 2027, Ben Tre aims to be among the top 10.', 'Ben Tre')).toBe('Ben Tre');
    expect(scopeOf('90% of procedures will be online', '90% of procedures will be online.', 'Ben Tre', true)).toBe('Ben Tre');
    expect(scopeOf('90% of procedures will be online', '90% of procedures will be online.', 'Ben Tre')).toBe('Vietnam');
  });
});

describe('the place named before a local body', () => {
  it('reads "the <Place> Department of …" as the text\'s place, but not "the Provincial People\'s Committee"', () => {
    expect(leadPlace('Plan issued\nThe Tay Ninh Department of Science and Technology has issued a plan with the Provincial People\'s Committee')).toBe('Tay Ninh');
    expect(leadPlace('Plan issued\nThe Provincial People\'s Committee has issued a plan')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { metadataOf } from './helpers.ts';

const LETTER = ['Dear members,', 'The past month was busy for anyone who follows research policy in Vietnam, and two new rules are summarised below.',
  'Both respond to issues our members have raised in every survey since 2025.'];

describe('an e-mail newsletter', () => {
  it('reads its e-mail controls as chrome and its issue line\'s month between middle dots as its date', () => {
    const meta = metadataOf('View this email in your browser | Forward to a colleague', 'MEKONG–BALTIC BUSINESS COUNCIL',
      'MEMBER BULLETIN · Issue 7 · October 2027', ...LETTER);
    expect([meta.date, meta.datePrecision]).toEqual(['2027-10', 'month']);
    expect(meta.title).not.toMatch(/browser|Forward/);
  });

  it('takes no title from a salutation', () => {
    const meta = metadataOf('View this email in your browser', 'MEMBER BULLETIN · Issue 7 · October 2027', ...LETTER);
    expect(meta.title).toMatch(/^The past month was busy/);
  });
});

describe('a headline opened by a tag in brackets', () => {
  it('is the title, tag and all, past a breadcrumb', () => {
    expect(metadataOf('Infographics › Localities', '10/04/2028', '[Infographic] Gia Lai\'s digital road map to 2030',
      'Gia Lai has set itself new targets for 2030 in its plan, announced at a conference on Friday.',
      'The infographic below summarises the plan\'s main figures.').title).toBe('[Infographic] Gia Lai\'s digital road map to 2030');
  });
});

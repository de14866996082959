import { describe, expect, it } from 'vitest';
import { leadNotInName, opensClause } from '../../../src/pipeline/extract/name-grammar.ts';
import { organizationParser } from '../../../src/pipeline/extract/organization-parser.ts';
import { parseWith } from './helpers.ts';

describe('words that cannot open a name, by their shape', () => {
  it('strips function words, plural nouns of people and evaluative adjectives', () => {
    expect(leadNotInName('The Ministry of Finance')).toBe('The ');
    expect(leadNotInName('Ministers Council')).toBe('Ministers ');
    expect(leadNotInName('Leaders Party Committee')).toBe('Leaders ');
    expect(leadNotInName('Key National Programme')).toBe('Key ');
  });

  it('strips a verb form in -ing or -ly only where it opens a clause', () => {
    expect(leadNotInName('Implementing Resolution', true)).toBe('Implementing ');
    expect(leadNotInName('Thoroughly Party Committee', true)).toBe('Thoroughly ');
    expect(leadNotInName('Standing Board', false)).toBe('');
    expect(opensClause('Implementing X', 0)).toBe(true);
    expect(opensClause('met the Standing Board', 8)).toBe(false);
  });

  it('keeps a participle that is part of a body\'s name', () => {
    const names = parseWith(organizationParser, 'The Standing Board of the Provincial Party Committee met. Implementing Party Committee decisions, the Steering Committee reported.').map((m) => m.text);
    expect(names).toContain('Standing Board of the Provincial Party Committee');
    expect(names).toContain('Steering Committee');
    expect(names.some((n) => n.startsWith('Implementing'))).toBe(false);
  });
});

describe('a complement that is a date', () => {
  it('is not part of the body', () => {
    const names = parseWith(organizationParser, 'The National Assembly on Thursday passed the law.').map((m) => m.text);
    expect(new Set(names)).toEqual(new Set(['National Assembly']));
  });
});

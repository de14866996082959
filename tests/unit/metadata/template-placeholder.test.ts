import { describe, expect, it } from 'vitest';
import { metadataOf } from './helpers.ts';

const LEAD = ['On August 21, 2025, the Politburo issued a conclusion on science and technology.', 'The conclusion asks ministries to report by December.'];

describe('template placeholders in the dateline', () => {
  for (const placeholder of ['{{publish_date}}', 'Chính trị | {{date}}', 'dd/mm/yyyy', 'Updated: --/--/----']) {
    it(`reads "${placeholder}" as no date, and does not fall back on the lead`, () => {
      const m = metadataOf('Politburo issues conclusion', placeholder, ...LEAD);
      expect([m.date, m.dateSource]).toEqual([null, 'none']);
      expect(m.dateNote).toContain('placeholder');
    });
  }
});

import { describe, expect, it } from 'vitest';
import { inferredDateNote } from '../../../src/lib/date-note.ts';

describe('inferredDateNote', () => {
  it('gives the note for a date reasoned from the text', () => {
    expect(inferredDateNote({ dateSource: 'text', dateNote: 'Day of the event.' })).toBe('Day of the event.');
  });

  it('gives the note explaining a missing date', () => {
    expect(inferredDateNote({ dateSource: 'none', dateNote: 'No date found.' })).toBe('No date found.');
  });

  it('gives nothing for a printed date', () => {
    expect(inferredDateNote({ dateSource: 'header', dateNote: 'Printed in the header.' })).toBeNull();
    expect(inferredDateNote({ dateSource: 'sidecar', dateNote: 'From the sidecar.' })).toBeNull();
  });
});

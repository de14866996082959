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
});

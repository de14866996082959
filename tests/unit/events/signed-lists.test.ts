import { describe, expect, it } from 'vitest';
import { dated, timelineOf } from './helpers.ts';

/** Date and title of each event a text reports, gatherings and milestones left out. */
const signings = (...lines: string[]) => timelineOf({ 'seeds/a.txt': dated(...(lines as [string, ...string[]])) }).events
  .filter((e) => e.kind !== 'meeting' && e.kind !== 'milestone').map((e) => [e.date, e.title]).toSorted((a, b) => a[1]!.localeCompare(b[1]!));

describe('agreements listed under a paragraph that says they were signed', () => {
  it('reads each numbered item as a signing by its parties on the day of the gathering the paragraph names', () => {
    expect(signings('12/03/2026', 'Quảng Trị broke ground on the Cửa Việt energy park on Wednesday.', '',
      'The two memorandums signed at the ceremony:', '',
      '1. The Quảng Trị Provincial People\'s Committee and Solis Energy Pte Ltd (Singapore), on a US$90 million solar plant.', '',
      '2. Đông Hà College and Miền Trung Power JSC, on a training centre for technicians.')).toEqual([
      ['2026-03-11', 'Đông Hà College and Miền Trung Power JSC signed memorandum on a training centre for technicians'],
      ['2026-03-11', 'Quảng Trị broke ground on the Cửa Việt energy park'],
      ['2026-03-11', 'Quảng Trị Provincial People\'s Committee and Solis Energy Pte Ltd signed memorandum on a US$90 million solar plant'],
    ]);
  });

  it('reads a bulleted list under a frame with its own day, and nothing under a paragraph that is not about signing', () => {
    expect(signings('12/03/2026', 'Bình Định held its investment forum on Monday.', '', 'Agreements signed on Monday:', '', '- Bình Định University and Quy Nhơn Software JSC, on internships', '',
      'Projects presented at the forum:', '', '- Bình Định Port and Hưng Thịnh Group, on a logistics hub')).toEqual([
      ['2026-03-09', 'Bình Định University and Quy Nhơn Software JSC signed agreement on internships'],
    ]);
  });
});

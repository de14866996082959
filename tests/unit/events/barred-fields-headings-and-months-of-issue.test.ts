import { describe, expect, it } from 'vitest';
import { timelineOf } from './helpers.ts';

/** The issue events and the instrument dates a text gives. */
function issues(text: string) {
  const { events, entities } = timelineOf({ 'seeds/a.txt': text });
  return {
    events: events.filter((e) => e.kind === 'instrument').map((e) => `${e.date} ${e.title}`).sort(),
    dates: entities.filter((e) => 'date' in e).map((e) => `${e.name} ${(e as { date: string | null }).date}`).sort(),
  };
}

describe('when an instrument was issued, as a legal page, a heading or a report tells it', () => {
  it('reads a legal-database page whose fields are set apart with bars', () => {
    const found = issues(['LUẬT MỞ – Cơ sở dữ liệu văn bản', 'Trang chủ | Văn bản mới | Văn bản địa phương | Tiếng Anh', 'Văn bản địa phương > Huế',
      'Quyết định 512/QĐ-UBND năm 2026 phê duyệt Đề án', 'Thuộc tính | Nội dung | Tiếng Anh | Tải về', 'Số hiệu: | 512/QĐ-UBND | Loại văn bản: | Quyết định',
      'Ngày ban hành: | 03/04/2026 | Ngày hiệu lực: | 03/04/2026', 'Tình trạng: | Còn hiệu lực | Cập nhật: | 10/04/2026',
      'The decision approves the scheme on digital human resources of the city for 2026-2030.'].join('\n\n'));
    expect(found.events).toEqual(['2026-04-03 Decision 512/QĐ-UBND issued']);
  });

  it('reads a document\'s heading whose place and date in Vietnamese words stand on the line under its number', () => {
    const found = issues(['Plan on digital transformation', 'Ngày đăng: 12/03/2027', 'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 0042/KH-UBND | Độc lập - Tự do - Hạnh phúc', 'Yên Bái, ngày 09 tháng 3 năm 2027', 'PLAN',
      'The plan sets out the tasks of departments for 2027.'].join('\n'));
    expect(found.events).toEqual(['2027-03-09 Plan 0042/KH-UBND issued']);
  });

  it('dates each number of a list "both dated", and an instrument to the month its act is told in', () => {
    const found = issues(['Council session', 'Tin tức 08/08/2026', 'The committee presented Submissions 77/TTr-UBND and 78/TTr-UBND, both dated '
      + '20 July 2026, to the session.', 'The directive builds on Decree 19/2026/NĐ-CP, issued in March, which allowed tasks to be paid by results.',
      'The province promised three centres in Plan 205/KH-UBND.', 'That plan, signed in May, also sets the goal of AI tools in all hospitals.'].join('\n'));
    expect(found.events).toEqual(['2026-03 Decree 19/2026/NĐ-CP issued', '2026-05 Plan 205/KH-UBND issued', '2026-07-20 Submission 77/TTr-UBND issued',
      '2026-07-20 Submission 78/TTr-UBND issued']);
    expect(found.dates).toEqual(expect.arrayContaining(['Decree 19/2026/NĐ-CP 2026-03', 'Plan 205/KH-UBND 2026-05']));
  });
});

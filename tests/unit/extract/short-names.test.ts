import { describe, expect, it } from 'vitest';
import { extractFrom } from './helpers.ts';

const persons = (...paragraphs: string[]) =>
  extractFrom(...paragraphs).filter((m) => m.type === 'person' && m.via === 'name').map((m) => `${m.text} → ${m.key}`);

describe('a person named again by one word', () => {
  it('resolves a family name and a given name before a verb of saying to the person named in full', () => {
    expect(persons('Deputy Minister Le Thi Hong Nhung spoke.', 'Nguyen Van Minh, the director, agreed.', '"It works," Nhung said. Nguyen said so too.')).toEqual([
      'Le Thi Hong Nhung → le thi hong nhung', 'Nguyen Van Minh → nguyen van minh', 'Nhung → le thi hong nhung', 'Nguyen → nguyen van minh',
    ]);
  });

  it('resolves a name after an honorific or a title, and leaves a place of the same word alone', () => {
    expect(persons('Secretary Le Quang Vinh chaired the meeting in Vinh city.', 'Mr. Vinh asked for results. Acting Minister Vinh agreed.')).toEqual([
      'Le Quang Vinh → le quang vinh', 'Vinh → le quang vinh', 'Vinh → le quang vinh',
    ]);
  });

  it('drops a one-word subject that abbreviates no one named in the text', () => {
    expect(persons('Minister Tran Van Son spoke.', 'Hoa said the plan was late.')).toEqual(['Tran Van Son → tran van son']);
  });

  it('resolves a given name of two words after an honorific to the person named in full, and keeps one that ends no name', () => {
    expect(persons('Attending as a guest, Trịnh Thị Minh Nguyệt, Deputy Head of the board, spoke.', 'Ms Minh Nguyệt warned against delays.'))
      .toEqual(['Trịnh Thị Minh Nguyệt → trinh thi minh nguyet', 'Minh Nguyệt → trinh thi minh nguyet']);
    expect(persons('Ms Minh Nguyệt warned against delays.')).toEqual(['Minh Nguyệt → minh nguyet']);
  });
});

describe('a person whose personal name comes first, named again by it with a courtesy title', () => {
  it('resolves "Mr Y Bhin" to "Y Bhin Mlô", an Ê Đê name', () => {
    expect(persons('Director of the Đắk Lắk Digital Centre Y Bhin Mlô spoke at the meeting.', 'Mr Y Bhin asked the post office to train '
      + 'its staff.')).toEqual(['Y Bhin Mlô → y bhin mlo', 'Y Bhin → y bhin mlo']);
  });
});

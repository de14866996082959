import { describe, expect, it } from 'vitest';
import { personParser } from '../../../src/pipeline/extract/person-parser.ts';
import { parseWith, people } from './helpers.ts';
import { dated, timelineOf } from '../events/helpers.ts';

describe('titles read whole', () => {
  it('keeps the function of a firm\'s director before "Director"', () => {
    expect(people(parseWith(personParser, 'The firm was represented by Sales Director of Hồng Hà Textiles Company Limited Vũ Thị Thu.')))
      .toEqual(['Vũ Thị Thu: Sales Director of Hồng Hà Textiles Company Limited']);
  });

  it('keeps the ministry of a department named with its kind last', () => {
    expect(people(parseWith(personParser, 'Attending the workshop, Deputy Director of the Civil Judgment Enforcement Department under the '
      + 'Ministry of Justice Đinh Văn Tài said the system would go national.')))
      .toEqual(['Đinh Văn Tài: Deputy Director of the Civil Judgment Enforcement Department under the Ministry of Justice']);
  });
});

describe('a person told only by what they are, in apposition', () => {
  it('is a person: "X, a second-year student of …", "X, a rice farmer in …"; a place so described is not', () => {
    const found = timelineOf({ 'a.txt': dated('18/09/2031', 'Hà Văn Sinh, a second-year student of welding from the former Na Rì district, '
      + 'showed visitors the robot.', 'Triệu Thị Mây, a rice farmer in Bằng Vân, asked about the app.',
    'Hương Sơn, a rice-growing commune, reported results.') }).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(found.sort()).toEqual(['Hà Văn Sinh', 'Triệu Thị Mây']);
  });
});

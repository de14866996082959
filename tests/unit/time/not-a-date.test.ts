import { describe, it } from 'vitest';
import { testUnexpectedResult } from './helpers.ts';

const REF = '2025-01-13';

describe('numbers and names that are not dates', () => {
  it('"after 40 years of renovation" is a duration, not a date', () => {
    testUnexpectedResult('After 40 years of renovation, Vietnam has achieved great results.', REF);
  });

  it('"for 32 years" is a duration, not a date', () => {
    testUnexpectedResult('He worked at the Ministry of Science and Technology for 32 years.', REF);
  });

  it('"15,345 connection points" is a count', () => {
    testUnexpectedResult('The network has 15,345 connection points across the provinces.', REF);
  });

  it('"at 15,345 locations" is not a time', () => {
    testUnexpectedResult('Meetings were held at 15,345 locations nationwide.', REF);
  });

  it('"978,532 delegates" is a count', () => {
    testUnexpectedResult('The conference was attended by 978,532 delegates.', REF);
  });

  it('"100%" is a share', () => {
    testUnexpectedResult('Ensure that 100% of administrative procedures are online.', REF);
  });

  it('"the 13th Party Central Committee" is an ordinal', () => {
    testUnexpectedResult('The 13th Party Central Committee met in Hanoi.', REF);
  });

  it('"the 4th Party Congress" is an ordinal', () => {
    testUnexpectedResult('The 4th Party Congress set new directions.', REF);
  });

  it('"5G" is a technology', () => {
    testUnexpectedResult('Viettel expanded 5G coverage in Quang Tri.', REF);
  });

  it('"top 30" is a rank', () => {
    testUnexpectedResult('Vietnam aims to be in the top 30 countries for innovation.', REF);
  });

  it('"Resolution No. 57-NQ/TW" is a document number', () => {
    testUnexpectedResult('The Politburo issued Resolution No. 57-NQ/TW on breakthroughs.', REF);
  });

  it('"Decision No. 1131/QĐ-TTg" is a document number', () => {
    testUnexpectedResult('The list was issued under Decision No. 1131/QĐ-TTg.', REF);
  });

  it('"Decree 13/2023/NĐ-CP" holds its year as part of a document number', () => {
    testUnexpectedResult('Data protection follows Decree 13/2023/NĐ-CP.', REF);
  });

  it('"Power Development Plan VIII" is a name', () => {
    testUnexpectedResult('The Ministry of Industry and Trade revised Power Development Plan VIII.', REF);
  });

  it('"the 1990s" is a decade, not the year 1990', () => {
    testUnexpectedResult('Reforms of the 1990s opened the economy of Dong Nai.', REF);
  });
});

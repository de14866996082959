import { describe, expect, it } from 'vitest';
import { organizationParser } from '../../../src/pipeline/extract/organization-parser.ts';
import { aimingBody } from '../../../src/pipeline/targets/own-office.ts';
import { parseWith } from '../extract/helpers.ts';
import { timelineOf } from '../events/helpers.ts';

const organizations = (text: string) => parseWith(organizationParser, text).map((m) => m.name);
/** The targets of one text: deadline, metric, value and scope, in a fixed order. */
const targetsOf = (lines: string[]) => timelineOf({ 'a.txt': lines.join('\n\n') }).targets.map((t) => [t.deadline, t.metric, t.value, t.scope])
  .sort((a, b) => String(a).localeCompare(String(b)));

describe('a public agency named for what it runs, and a confederation', () => {
  it('is an organization, and "An" before a consonant opens a place, not an article', () => {
    expect(organizations('An Giang Social Insurance held a conference with Vietnam Social Security.'))
      .toEqual(['An Giang Social Insurance', 'Vietnam Social Security']);
    expect(organizations('The Bình Phước Provincial Labour Confederation met.')).toEqual(['Bình Phước Provincial Labour Confederation']);
    // (The article before a vowel is still no part of a name; a minister's portfolio is no body.)
    expect(organizations('An Export Association was formed.')).toEqual(['Export Association']);
    expect(organizations('Deputy Minister of Public Security Lê Văn Tâm attended.')).toEqual([]);
  });
});

describe('a body that aims at a thing itself', () => {
  it('is the subject of the aim, when it is no body of government', () => {
    const orgs = ['Tây Ninh Social Insurance', 'Tây Ninh Provincial People\'s Committee'];
    expect(aimingBody('By 2030, Tây Ninh Social Insurance aims to pay 95% of benefits through bank accounts.', orgs)).toBe('Tây Ninh Social Insurance');
    expect(aimingBody('The Tây Ninh Provincial People\'s Committee aims to have 80% of households online.', orgs)).toBeUndefined();
    // (Named, but not as the aim's subject.)
    expect(aimingBody('Under a plan with Tây Ninh Social Insurance, the province aims to cover 40% of workers.', orgs)).toBeUndefined();
  });

  it('is one whose name holds its province, aiming for a thing ("the Cà Mau Provincial Committee of the … Front aims for")', () => {
    const found = targetsOf([
      'Front moves its work online',
      'Posted: 04/11/2030',
      'The Cà Mau Provincial Committee of the Vietnam Fatherland Front held a conference in Tân Thành ward on Thursday.',
      'By the end of 2031, the Cà Mau Provincial Committee of the Vietnam Fatherland Front aims for all 64 commune-level Front committees '
        + 'to use its app to collect residents\' opinions.',
      'Under the province\'s plan, 80% of residents are to use online public services by 2031.',
    ]);
    expect(found.map((t) => [t[2], t[3]])).toEqual([
      [100, 'Cà Mau Provincial Committee of the Vietnam Fatherland Front'], [80, 'Ca Mau'],
    ]);
  });

  it('is the police, named in full as the text first names them, when they set an aim for their own work', () => {
    const found = targetsOf([
      'Police warn of fake messages',
      'Posted: 04/11/2030',
      'The Cà Mau Provincial Police warn residents about messages that pretend to come from the ministry.',
      'The Provincial Police have set an aim for their own work: every commune and ward police station is to run a help desk by June 2031.',
    ]);
    expect(found.map((t) => [t[0], t[2], t[3]])).toEqual([[2031, 100, 'Cà Mau Provincial Police']]);
  });

  it('scopes the agency\'s own aims to it and the province\'s plan to the province', () => {
    const found = targetsOf([
      'Social insurance goes digital in Tây Ninh',
      'Posted: 04/11/2028',
      'Tây Ninh Social Insurance held a conference for employers in Tân Ninh ward on Thursday.',
      'By the end of 2029, Tây Ninh Social Insurance aims to pay all pensions in urban wards through bank accounts, and by 2030 to have at least 80% '
        + 'of insured people using the online app.',
      'Under the province\'s plan, social insurance is to cover 45% of the working-age labour force of Tây Ninh by 2030.',
    ]);
    expect(found.map((t) => [t[0], t[2], t[3]]).sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]))).toEqual([
      [2029, 100, 'Tây Ninh Social Insurance'], [2030, 45, 'Tay Ninh'], [2030, 80, 'Tây Ninh Social Insurance'],
    ]);
  });

  it('scopes an airport\'s own list of aims to the airport, and the city\'s plan it supports to the city', () => {
    const found = targetsOf([
      'Face ID boarding for domestic flights',
      'Published 02/04/2027',
      'By the end of 2028, Phú Bài International Airport aims to:',
      '- have at least 60% of domestic passengers board with Face ID;',
      '- keep the wait at security to no more than 10 minutes at peak hours.',
      'The airport also supports Huế City\'s plan, which aims to have 80% of visitors use the city\'s digital tourist card by 2030.',
    ]);
    expect(found.map((t) => [t[0], t[2], t[3]])).toEqual([
      [2028, 60, 'Phú Bài International Airport'], [2028, 10, 'Phú Bài International Airport'], [2030, 80, 'Hue City'],
    ]);
  });

  it('scopes a company\'s list of aims, framed by its acronym, to the company by its full name', () => {
    const found = targetsOf([
      'Tap to ride from 11 January',
      'Posted: 07/01/2031',
      'Hà Thành Metro Operating Company (HTMO) informs passengers of the following changes on metro Lines 3 and 4.',
      'By the end of 2032, HTMO aims to:',
      '- have at least 75% of journeys paid by contactless cards;',
      '- run 99.5% of trains on time.',
    ]);
    expect(found.map((t) => [t[2], t[3]])).toEqual([[75, 'Hà Thành Metro Operating Company'], [99.5, 'Hà Thành Metro Operating Company']]);
  });

  it('reads "the Confederation aims to train" as the confederation\'s own, named as the text last named it in full', () => {
    const found = targetsOf([
      'Workers learn digital skills',
      'Posted: 22/09/2028',
      'On Sunday, the Bình Phước Provincial Labour Confederation launched a movement to teach workers digital skills.',
      'By 2030 the Confederation aims to train 40,000 union members in basic digital skills.',
    ]);
    expect(found.map((t) => [t[0], t[2], t[3]])).toEqual([[2030, 40000, 'Bình Phước Provincial Labour Confederation']]);
  });
});

describe('every one of a whole that is also to have a thing', () => {
  it('ends the whole before its verb', () => {
    const found = targetsOf([
      'Industrial parks get reading rooms',
      'Posted: 22/09/2028',
      'The Bình Phước Provincial People\'s Committee has approved a plan for workers\' culture.',
      'By 2030, every industrial park is also to have a free reading room for workers.',
    ]);
    expect(found).toEqual([[2030, 'industrial parks with a free reading room for workers', 100, 'Binh Phuoc']]);
  });
});

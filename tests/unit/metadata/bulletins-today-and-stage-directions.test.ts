import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/pipeline/clean/index.ts';
import { ingest } from '../../../src/pipeline/ingest.ts';
import { metadataOf } from './helpers.ts';

describe('a bulletin that says which day it is', () => {
  it('is dated by the day it calls today, before any day its items report', () => {
    const m = metadataOf('Radio bulletin of the ward',
      'Good morning, listeners of Tân Phú ward. Today is Thursday, 8 March 2029, and this is the ward radio station.',
      'On Monday, 5 March 2029, the ward opened a digital help desk at its cultural house.',
      'Residents can bring their phones for help every afternoon.');
    expect(m.date).toBe('2029-03-08');
    expect(m.dateNote).toContain('today');
  });

  it('reads no "today" in a sentence that only uses the word', () => {
    const m = metadataOf('Ward opens help desk',
      'Residents who came today said the help desk, which opened after 5 March 2029, was useful.',
      'The desk will stay open every afternoon.');
    expect(m.date).toBeNull();
  });
});

describe('a lead that reports its day after its weekday', () => {
  it('dates the text by "On Monday, 15 October 2029"', () => {
    const m = metadataOf('Commune adopts its plan',
      'On Monday, 15 October 2029, the Bản Lầu Commune People\'s Committee approved its digital transformation plan.',
      'The plan runs to 2030.');
    expect(m.date).toBe('2029-10-15');
  });
});

describe('a transcript\'s stage directions', () => {
  it('drops "[Opening music]" alone on its line: it is no paragraph and no title', () => {
    const text = ['[Opening music]', 'Dear listeners, this is the morning bulletin of the commune radio station.',
      'The commune has opened a digital help desk for its residents.', '[Closing music]'].join('\n');
    const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(text) });
    const cleaned = clean(result!.file, result!.text);
    expect(cleaned.blocks.map((b) => b.text)).not.toContain('[Opening music]');
    expect(cleaned.removed.filter((r) => r.reason === 'stage direction').map((r) => r.text)).toEqual(['[Opening music]', '[Closing music]']);
    // (A bracketed tag before a headline stays part of it.)
    const tagged = ['[Infographic] Quảng Ninh\'s digital road map to 2030', 'The province has set out its road map for the decade ahead.',
      'It covers data, skills and services.'].join('\n');
    const read = ingest({ path: 'seeds/u.txt', bytes: new TextEncoder().encode(tagged) }).result!;
    expect(clean(read.file, read.text).removed.some((r) => r.reason === 'stage direction')).toBe(false);
  });

  it('drops a chat transcript\'s system message, no participant\'s words', () => {
    const text = ['Conversation transcript (exported)', '[2029-11-04 09:58:10] Assistant: Hello! The ward opened a digital help desk on 2 November.',
      '[2029-11-04 09:59:02] User: thanks, when is it open?', '[2029-11-04 10:02:40] System: Conversation ended by the agent.'].join('\n');
    const { result } = ingest({ path: 'seeds/t.txt', bytes: new TextEncoder().encode(text) });
    const cleaned = clean(result!.file, result!.text);
    expect(cleaned.removed.filter((r) => r.reason === 'system message').map((r) => r.text))
      .toEqual(['[2029-11-04 10:02:40] System: Conversation ended by the agent.']);
    expect(cleaned.blocks.map((b) => b.text).join('\n')).toContain('The ward opened a digital help desk');
  });
});

describe('a forum\'s quoted lines', () => {
  it('reads "> " lines as the text they quote: a quoted list is a list, its offsets after the marks', () => {
    const text = ['Thread: Hà Tĩnh\'s new port plan', 'Posted 04/05/2030', 'Quoting the provincial news site:',
      '> By 2031, the province aims for:', '> - 4G coverage of all fishing wharves;', '>> - every seaport operator to file manifests online.',
      'Good news for us in Vũng Áng.'].join('\n');
    const { result } = ingest({ path: 'seeds/q.txt', bytes: new TextEncoder().encode(text) });
    const cleaned = clean(result!.file, result!.text);
    const list = cleaned.blocks.find((b) => b.kind === 'list');
    expect(list?.items).toEqual(['4G coverage of all fishing wharves;', 'every seaport operator to file manifests online.']);
    const frame = cleaned.blocks.find((b) => b.text.startsWith('By 2031'))!;
    expect(result!.text.slice(frame.start, frame.end)).toBe(frame.text);
    // (A sign before a share is "more than", no quotation.)
    const shares = ['Targets of the ward', 'Posted 04/05/2030', 'The ward set its aims for 2031.', '> 90% of households use e-wallets', 'More to come.'];
    const read = ingest({ path: 'seeds/r.txt', bytes: new TextEncoder().encode(shares.join('\n')) }).result!;
    expect(clean(read.file, read.text).blocks.map((b) => b.text)).toContain('> 90% of households use e-wallets');
  });
});

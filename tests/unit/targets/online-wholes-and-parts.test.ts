import { describe, expect, it } from 'vitest';
import { amountParser } from '../../../src/pipeline/targets/amount-parser.ts';
import { timelineOf } from '../events/helpers.ts';

const amounts = (text: string) => amountParser.propose(text).map((p) => [p.metric, p.comparator, p.value, p.unit]);

describe('every one of a whole handled online, and a part of a whole counted before it', () => {
  it('reads "to receive and process all applications online" as every application, 100%', () => {
    expect(amounts('The registry aims to accept and settle all trademark filings electronically by 2028.')).toContainEqual(
      ['trademark filings settled electronically', '=', 100, '% of trademark filings'],
    );
    expect(amounts('The department will handle 40 applications online this year.').filter((a) => a[2] === 100)).toEqual([]);
  });

  it('reads the part after "Of the N things …," with its verb, its qualifier and the whole\'s things', () => {
    expect(amounts('Of the 9,000 technicians the academy plans to train by 2029, at least 2,500 are to hold engineering degrees.')).toContainEqual(
      ['technicians to hold engineering degrees', '>=', 2500, 'technicians'],
    );
  });
});

describe('every one of a whole in a demand, after "ensure that", and brought "to all"', () => {
  it('reads a subjunctive "be" in a list of demands, but not "to be" after a noun phrase', () => {
    expect(amounts('- all damaged cable routes be repaired by October 20;')).toContainEqual(
      ['damaged cable routes repaired', '=', 100, '% of damaged cable routes'],
    );
    expect(amounts('It asks for the review of all rules that slow research to be completed in 2026.').filter((a) => a[2] === 100)).toEqual([]);
  });

  it('reads "ensure that all N things <verb> …" and "restore X to all things"', () => {
    expect(amounts('The chairman asked the city to ensure that all 96 wards handle their land records on the shared platform by 2028.'))
      .toContainEqual(['wards handle their land records on the shared platform', '=', 100, '% of wards']);
    expect(amounts('The water company aims to restore supply to all households by October 12.')).toContainEqual(
      ['households with supply restored', '=', 100, '% of households'],
    );
  });
});

describe('every one reached, told by "universal"', () => {
  it('reads "will be universal in all <things>" and "to achieve universal <coverage>" as 100%, but not a state reported now', () => {
    expect(amounts('Access to fibre broadband will be universal in all industrial zones by 2029.')).toContainEqual(
      ['Access to fibre broadband', '=', 100, '% of industrial zones']);
    expect(amounts('The district aims to achieve universal 4G coverage by the end of the year.')).toEqual([['4G coverage', '=', 100, '%']]);
    expect(amounts('Mobile coverage is now universal in the district.')).toEqual([]);
  });

  it('names no share by the verb a plan is slated to reach it with', () => {
    expect(amounts('Fibre broadband is slated to reach no fewer than 85% of households by 2027.')).toEqual([
      ['Fibre broadband share of households', '>=', 85, '% of households']]);
  });
});

describe('every one of a whole a duty acts on, after a modal', () => {
  it('reads "must connect all 96 villages to …" as every village, its number counting the whole, and not a past act', () => {
    expect(amounts('By the end of the year, the district must connect all 96 villages to the power grid.')).toEqual([
      ['villages connected to the power grid', '=', 100, '% of villages']]);
    expect(amounts('The city will put all its public services online by 2027.')).toEqual([['public services put online', '=', 100, '% of public services']]);
    expect(amounts('Last year the district connected all 96 villages to the power grid.')).toEqual([]);
  });

  it('reads "N per cent of A and all B are to <do>" as two targets, A\'s share and every one of B', () => {
    expect(amounts('By 2028, 60 per cent of district hospitals and all provincial hospitals are to use electronic medical records.')).toEqual([
      ['district hospitals use electronic medical records', '=', 60, '%'],
      ['provincial hospitals use electronic medical records', '=', 100, '% of provincial hospitals']]);
  });

  it('reads "bring X to N% of A by …, and to all B by …" as every one of B too', () => {
    expect(amounts('The operator aims to bring fibre to 70 per cent of households by 2027 and to all villages by 2029.')).toEqual([
      ['fibre share of households', '=', 70, '% of households'], ['villages with fibre', '=', 100, '% of villages']]);
  });

  it('keeps a participle\'s complement with "in" in what every one of a whole is to be, but not a time', () => {
    expect(amounts('By 2028, all librarians in the province will be trained in digital archiving.')).toEqual([
      ['librarians trained in digital archiving', '=', 100, '% of librarians']]);
    expect(amounts('All clinics will be connected in 2028.')).toEqual([['clinics connected', '=', 100, '% of clinics']]);
  });
});

describe('every one of a whole in an aim set before a colon, and of what they are of', () => {
  it('reads "has set an aim for its own work: to <verb> all of its <thing>", the whole of one thing too', () => {
    expect(amounts('Thào said the agency had set an aim for its own work: to scan all of its land register by the end of 2030.')).toContainEqual(
      ['scan all of its land register', '=', 100, '% of land register'],
    );
    expect(amounts('The institute has set itself a target: to publish all of its survey reports by 2029.')).toContainEqual(
      ['publish all of its survey reports', '=', 100, '% of survey reports'],
    );
  });

  it('reads "will <verb> all <things> of <what> online" after the colon, and not a task with a time limit', () => {
    expect(amounts('The department has set an aim for its own work: it will grant all licences of radio stations for fishing boats online by 2031.'))
      .toContainEqual(['licences of radio stations for fishing boats granted online', '=', 100, '% of licences of radio stations for fishing boats']);
    expect(amounts('The inspectorate is to check all four files for errors within seven days.').filter((a) => a[2] === 100)).toEqual([]);
  });
});

describe('an aim set for a body\'s own work, told by a speaker', () => {
  it('is still to come though the speaker tells it in the past perfect ("said the agency had set an aim …")', () => {
    const targets = timelineOf({ 'a.txt': ['Land agency digitises its records', 'Posted: 10/07/2030',
      'Thào said the Lào Cai Land Registration Office had set an aim for its own work: to scan all of its land register by the end of 2030.'].join('\n\n') })
      .targets.map((t) => [t.deadline, t.value, t.unit]);
    expect(targets).toContainEqual([2030, 100, '% of land register']);
  });
});

describe('a level with no unit, and every one of a whole moved onto something', () => {
  it('reads "bring the average PUE … to no higher than 1.4" as a level at most 1.4, with no unit', () => {
    expect(amounts('- bring the average PUE of provincial server rooms to no higher than 1.5;')).toContainEqual(
      ['average PUE of provincial server rooms', '<=', 1.5, null],
    );
    expect(amounts('The city aims to raise its innovation index to 0.72 by 2031.')).toContainEqual(['innovation index', '=', 0.72, null]);
  });

  it('reads no unitless level where the number counts things, nor a level reached already', () => {
    expect(amounts('The province aims to bring the number of start-ups to 400 communes by 2030.').filter((a) => a[3] === null)).toEqual([]);
    expect(amounts('Last year the city raised its innovation index to 0.66.').filter((a) => a[3] === null)).toEqual([]);
  });

  it('reads "no higher than" before a share as at most', () => {
    expect(amounts('The ministry aims to keep the share of late dossiers no higher than 2% by 2030.').map((a) => [a[1], a[2]])).toContainEqual(['<=', 2]);
  });

  it('reads an item that moves all things "onto" a system as every one of them', () => {
    expect(amounts('- move all provincial databases onto the national data centre system, by the end of 2031;')).toContainEqual(
      ['provincial databases moved onto the national data centre system', '=', 100, '% of provincial databases'],
    );
  });
});

describe('items of an aim\'s list about every one of a whole', () => {
  it('reads an item that opens with "every <thing> to <verb> …" whatever the verb, but not such words inside a sentence', () => {
    expect(amounts('every seaport operator in the province to file manifests online, by the end of 2030.')).toContainEqual(
      ['seaport operators file manifests online', '=', 100, '% of seaport operators'],
    );
    expect(amounts('The minister wants every operator to file manifests online by 2030.')).toEqual([]);
  });

  it('reads "<what> coverage of all <things>" as every one of them covered', () => {
    expect(amounts('4G coverage of all fishing wharves of the Vũng Áng economic zone;')).toContainEqual(
      ['4G coverage of fishing wharves', '=', 100, '% of fishing wharves'],
    );
    expect(amounts('The report praised the 4G coverage of all 14 wharves last year.').filter((a) => a[2] === 100)).toEqual([]);
  });
});

describe('every one of a whole an item of a list says will be done online or on a system', () => {
  it('is every one of it, its head in the plural and not the things a phrase after it names', () => {
    expect(amounts('- every bidding package of central and provincial agencies will be run on the national e-procurement system;')).toEqual([
      ['bidding packages of central and provincial agencies run on the national e-procurement system', '=', 100, '% of bidding packages of central '
        + 'and provincial agencies'],
    ]);
    expect(amounts('- all land title transfers will be processed fully online.').map(([, , value]) => value)).toEqual([100]);
  });

  it('is every one of a whole joined to a platform, an adjective alone before another sharing its noun', () => {
    expect(amounts('- every national and regional university will be connected to the shared booking platform;')).toEqual([
      ['national and regional universities connected to the shared booking platform', '=', 100, '% of national and regional universities'],
    ]);
    expect(amounts('- every commune, ward and special zone will be connected to the provincial data platform;').map(([metric]) => metric))
      .toEqual(['communes, wards and special zones connected to the provincial data platform']);
  });

  it('is the time to handle any one of a thing, in an item of a list of aims', () => {
    const found = timelineOf({ 'a.txt': 'Labs open to all\n\n24/10/2029\n\nThe decision lists its objectives for 2035:\n\n'
      + '* A booking request will be approved in no more than 5 working days.\n\n* Each permit is to be issued in under 30 days.' }).targets;
    expect(found.map((t) => [t.metric, t.comparator, t.value, t.unit, t.deadline])).toEqual([
      ['time to approve a booking request', '<=', 5, 'working days', 2035], ['time to issue a permit', '<', 30, 'days', 2035],
    ]);
  });

  it('is no target outside a list, nor where what is to be done to each is no work online', () => {
    expect(amounts('Every bidding package will be run on the national e-procurement system.')).toEqual([]);
    expect(amounts('- every exhibitor will be charged a cleaning fee;')).toEqual([]);
  });
});

describe('every one of a whole placed by a participle after it', () => {
  it('reads past a place named after the participle, and puts only the head in the plural', () => {
    expect(amounts('- every container truck entering Cửa Lò port to book its arrival slot online, by the end of 2030;')).toEqual([
      ['container trucks entering Cửa Lò port book its arrival slot online', '=', 100, '% of container trucks entering Cửa Lò port'],
    ]);
    expect(amounts('- every container truck entering the port to book its arrival slot online by 2030;').map(([metric]) => metric))
      .toEqual(['container trucks entering the port book its arrival slot online']);
    // (A noun in "-ing" before the head is part of it: "vocational training centres".)
    expect(amounts('- every vocational training centre to teach digital skills by 2030;').map(([metric]) => metric))
      .toEqual(['vocational training centres teach digital skills']);
  });
});

describe('every one a firm serves, in the aim it set itself after a colon', () => {
  it('is every one of them with the thing ("smart water meters for every household it serves by 2031")', () => {
    expect(amounts('the company had set itself an aim: smart water meters for every household it serves by 2031, up from 22% of households '
      + 'today.').filter(([, , value]) => value === 100)).toEqual([['households with smart water meters', '=', 100, '% of households']]);
  });
});

describe('every one of a whole an item of a list says will have or use something', () => {
  it('is every one of it, whatever the length of what each will run', () => {
    expect(amounts('- every industrial park will run a digital management platform linked to the provincial intelligent operations centre;'))
      .toEqual([['industrial parks run a digital management platform linked to the provincial intelligent operations centre', '=', 100,
        '% of industrial parks']]);
    expect(amounts('- all border posts will use the e-declaration system;')).toEqual([
      ['border posts use the e-declaration system', '=', 100, '% of border posts'],
    ]);
  });

  it('is no target where each is to do a task, nor outside a list', () => {
    expect(amounts('- every department will review its own procedures;')).toEqual([]);
    expect(amounts('All border posts will use the e-declaration system.')).toEqual([]);
  });
});

describe('every one of a whole an item of objectives says does something, in the present', () => {
  it('reads "Every … connects" as every one of it, its verb as the item writes it in the plural', () => {
    expect(amounts('d) Every district hospital connects its patient records to the provincial health data platform;')).toEqual([
      ['district hospitals connect its patient records to the provincial health data platform', '=', 100, '% of district hospitals'],
    ]);
    expect(amounts('- every commune teaches basic digital skills;').map(([metric]) => metric)).toEqual(['communes teach basic digital skills']);
    // (Not a task each does, nor a sentence outside a list.)
    expect(amounts('- every department reviews its own procedures;')).toEqual([]);
    expect(amounts('Every district hospital connects its patient records to the platform.')).toEqual([]);
  });
});

describe('a second whole that is to "do so", in a clause of its own', () => {
  it('does what the first whole does, every one of it', () => {
    expect(amounts('- every shipment of fresh lychee will carry a digital origin code, and lots sold to Japan will do so by mid-2031;')).toEqual([
      ['shipments of fresh lychee carry a digital origin code', '=', 100, '% of shipments of fresh lychee'],
      ['lots sold to Japan carry a digital origin code', '=', 100, '% of lots sold to Japan'],
    ]);
  });

  it('keeps its own deadline, the first whole the frame\'s', () => {
    const found = timelineOf({ 'seeds/a.txt': ['A report', 'Tin tứcTin tức19/03/2031', '1. Objectives by 2035:',
      'a) At least 80 per cent of district hospitals use AI-assisted imaging;',
      'b) Every district hospital connects its patient records to the provincial platform; all city hospitals do so by 2033;'].join('\n') })
      .targets.map((t) => [t.unit, t.deadline]);
    expect(found).toContainEqual(['% of district hospitals', 2035]);
    expect(found).toContainEqual(['% of city hospitals', 2033]);
  });
});

describe('every one of a whole that is to accept a means of paying, and a share an item "has"', () => {
  it('reads "is to accept" as every one of it', () => {
    expect(amounts('Every bus and metro line in the city is to accept a single account-based ticket by the end of 2032.')).toEqual([
      ['buses and metro lines accept a single account-based ticket', '=', 100, '% of buses and metro lines'],
    ]);
  });

  it('reads an item\'s "have at least 60% of trips paid by card" as the trips, not "have"', () => {
    expect(amounts('- have at least 60% of trips paid by card or app;').map(([metric]) => metric)).toEqual(['trips paid by card or app']);
  });
});

describe('a wait or a queue told in minutes', () => {
  it('is a duration to reach, as a time is', () => {
    expect(amounts('- cut the average queue at ticket machines to under 2 minutes;')).toEqual([['average queue at ticket machines', '<', 2, 'minutes']]);
  });
});

describe('the count of a whole every one of which a target is about', () => {
  it('counts the whole, no target of its own', () => {
    expect(amounts('The office aims to have at least 40% of households declare online and to complete the enumeration of all 21,350 census '
      + 'areas by 10 August.').filter(([, , value]) => value !== 40)).toEqual([['census areas enumeration', '=', 100, '% of census areas']]);
  });
});

describe('what is left of a count', () => {
  it('is the count an aim still has to reach: "train the remaining 660 engineers", "reach the remaining 1,500 villages"', () => {
    expect(amounts('- train the remaining 660 chip design engineers of the year\'s quota.').map(([, comparator, value, unit]) => [comparator, value, unit]))
      .toEqual([['=', 660, 'engineers']]);
    expect(amounts('- satellite broadband will reach the remaining 1,500 villages by 2030;').map(([, , value]) => value)).toEqual([1500]);
    // (Not what remains told as a state: "the remaining 40 villages have no signal".)
    expect(amounts('The remaining 40 villages have no signal.').map(([, , value]) => value)).not.toContain(40);
  });
});

describe('a count followed by a whole of another clause', () => {
  it('ends before "and every …", which is a target of its own', () => {
    const found = timelineOf({ 'a.txt': 'Post offices serve the public\n\n11/02/2031\n\nUnder the plan, by 2032 the post offices are to handle 300,000 '
      + 'dossiers a year and every commune is to have at least one point receiving dossiers.' }).targets;
    expect(found.map((t) => [t.metric, t.value])).toEqual([['communes with at least one point receiving dossiers', 100], ['dossiers a year handled', 300000]]);
  });
});

describe('the first of a whole, by their own deadline', () => {
  it('is a count of its things due then, beside the whole due later', () => {
    const found = timelineOf({ 'a.txt': 'Bắc Ninh sets out its supply chain plan\n\n03/04/2029\n\nEvery industrial park in the province will have a supplier '
      + 'development centre by 2032, the first ten of them by the end of 2030.' }).targets;
    expect(found.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([
      ['industrial parks with a supplier development centre', 10, 'parks', 2030],
      ['industrial parks with a supplier development centre', 100, '% of industrial parks', 2032],
    ]);
  });
});

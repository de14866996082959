import { describe, expect, it } from 'vitest';
import { isNameSyllable } from '../../../src/pipeline/extract/lexicon/syllables.ts';
import { findNames } from '../../../src/pipeline/extract/names.ts';

const names = (text: string) => findNames(text, () => false).map((n) => n.text);

describe('the words of a Vietnamese name, by the shape of a syllable', () => {
  it('accepts Vietnamese syllables, with or without diacritics, and rejects English words', () => {
    for (const w of ['Nguyen', 'Huỳnh', 'Phuong', 'Quoc', 'Khiem', 'Nghia', 'Giang', 'Đức', 'Nam']) expect(isNameSyllable(w)).toBe(true);
    for (const w of ['Science', 'Party', 'Hall', 'Photo', 'News', 'Press', 'Source', 'The', 'May']) expect(isNameSyllable(w)).toBe(false);
  });

  it('ends a name at a word that is not a syllable, and keeps given names that are common words elsewhere', () => {
    expect(names('Nguyen Van Nam met Tran Thi Mai. Photo: Le Van Hai News')).toEqual(['Nguyen Van Nam', 'Tran Thi Mai']);
  });

  it('reads a given name of the Central Highlands written with an apostrophe as one word of the name', () => {
    expect(isNameSyllable("H'Hen")).toBe(true);
    expect(names("Ksor H'Hen said the commune needed teachers.")).toEqual(["Ksor H'Hen"]);
    expect(isNameSyllable("O'Brien")).toBe(false);
  });

  it('reads a Thái or Hmong family name by its diacritics, and not the word it folds to', () => {
    expect(names('The ceremony was chaired by Quàng Văn Nghĩa. Cầm Thị Hoa and Tẩn A Páo attended.'))
      .toEqual(['Quàng Văn Nghĩa', 'Cầm Thị Hoa', 'Tẩn A Páo']);
    expect(names('Quang Ninh Province and Cam Ranh Bay were named.')).toEqual([]);
  });

  it('reads an Ede name that opens with "Y" whole, its later words no Kinh syllables ("Y Kim Êban"), and a Kinh name after "Y" as before', () => {
    expect(names('Y Bhin Mlô, Head of the Economic Committee, presented the report.')).toEqual(['Y Bhin Mlô']);
    expect(names('Delegate Y Thái Hòa asked about the fund.')).toEqual(['Y Thái Hòa']);
  });

  it('reads an Ede or Jrai woman\'s name that opens with "H\'" and her given name, her clan name last ("H\'Mai Êban"), not "H\'Mông"', () => {
    expect(names("H'Mai Êban, a teacher in Buôn Ma Thuột ward, said the hub would help.")).toEqual(["H'Mai Êban"]);
    expect(names("Delegate H'Lim Niê asked about the fund.")).toEqual(["H'Lim Niê"]);
    expect(names("The H'Mông Xanh people of Mèo Vạc welcomed the hub.")).toEqual([]);
  });

  it('reads a Jrai family name written as two words, whether or not its given names are Kinh syllables', () => {
    expect(names('Deputy Rơ Châm Y Liên spoke first.')).toEqual(['Rơ Châm Y Liên']);
    // (A title stands before it: "Mah" is no Kinh syllable.)
    expect(findNames('Chairman Rơ Mah Tuấn presented flowers.', () => true).map((n) => n.text)).toContain('Rơ Mah Tuấn');
  });

  it('does not read a place before its place noun as a name', () => {
    expect(names('They visited Ha Long Bay and Ha Tinh province.')).toEqual([]);
  });
});

describe('a name whose family name no list holds', () => {
  // (A title in apposition after the run, as the pipeline tells it.)
  const apposed = (text: string) => findNames(text, () => false, (end) => /^,\s+\p{Lu}/u.test(text.slice(end))).map((n) => n.text);
  it('is whole when its second word is a middle name ("Van", "Thi"), with its title in apposition', () => {
    expect(apposed('Quang Van Tien, Chairman of the Chieng Hac commune People\'s Committee, said the plums sold online.')).toEqual(['Quang Van Tien']);
    expect(apposed('Cam Thi Nga, Vice Chairwoman of the commune People\'s Committee, spoke.')).toEqual(['Cam Thi Nga']);
    // (A title's words before a name are still no part of it.)
    expect(apposed('Director of Song Da General Hospital Tran Van Hung, said so.')).toEqual(['Tran Van Hung']);
  });
});

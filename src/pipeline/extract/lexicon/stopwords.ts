import { ORGANIZATION_HEADS } from './organization-heads.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles.ts';

/**
 * Capitalized words that are never part of a personal name found after a title (a foreign name:
 * "Ambassador Marc Knapper"): heads of organization, place and event names, months and days, and
 * sentence starters. A Vietnamese name is held to the shape of its syllables instead (syllables.ts).
 */
export const NOT_NAME_WORDS = new Set([
  ...ORGANIZATION_HEADS,
  'Central', 'Minister', 'National', 'Government', 'State', 'Province', 'Provincial', 'City', 'District', 'Commune', 'Ward',
  'Hall', 'House', 'Building', 'Street', 'Road', 'Bridge', 'Square', 'Park', 'Lake', 'River', 'Bay', 'Island', 'Mountain',
  'Airport', 'Station', 'Museum', 'Mausoleum', 'Pagoda', 'Temple', 'Cathedral', 'Church', 'School', 'Company', 'Program',
  'Programme', 'Project', 'Plan', 'Strategy', 'Law', 'Resolution', 'Decision', 'Decree',
  'Directive', 'Conclusion', 'Conference', 'Congress', 'Meeting', 'Forum', 'Summit', 'Festival', 'Games', 'Award',
  'Vietnam', 'Viet', 'Nam', 'Hanoi', 'Politburo', 'Secretariat', 'Secretary', 'General', 'President', 'Prime',
  'Chairman', 'Chairwoman', 'Head', 'Director', 'Chief', 'Deputy', 'Vice', 'Member', 'Members', 'Former', 'Standing',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Tet', 'Lunar', 'New',
  'Year', 'The', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'Of', 'And',
  'Also', 'According', 'Speaking',
  // Vietnamese honorifics, "Mr" and "Mrs", as a mixed page prints them before a name ("Ông Trần Chí Thuận", "Bà Lâm Thị Kiều").
  'Ông', 'Bà',
  'Digital', 'Science', 'Technology', 'Innovation', 'Transformation', 'Development', 'Data', 'Steering', 'Advisory',
  'Economic', 'Public', 'Security', 'Finance', 'Information', 'Communications', 'Education', 'Training', 'Health',
  'People', 'People’s', "People's", 'Fatherland', 'Communist', 'Southeast', 'Asia', 'ASEAN', 'World', 'International',
  // Every capitalised word of a title or its modifiers ("Chief Executive Officer", "Acting"): titles.ts holds them once.
  ...[...TITLE_HEADS, ...TITLE_MODIFIERS].flatMap((title) => title.split(/[\s-]+/)).filter((word) => /^\p{Lu}/u.test(word)),
]);

/** Lowercase words after a candidate name that show it is a place: "Ha Tinh province". */
export const PLACE_NOUNS = new RegExp(String.raw`^(?:province|city|district|commune|ward|town|village|hall|street|road|bridge|river|lake|bay`
  + String.raw`|island|square|airport|port|area|region|capital|mountain|pass|county|delta)\b`, 'i');

/** A place's kind in Vietnamese before its name: "Thành phố (Hồ Chí Minh)", "Tỉnh", "TP.": the name is the place's, not a person's. */
export const PLACE_KIND_BEFORE = /(?:Thành\s+phố|Tỉnh|TP\.?)\s+$/u;

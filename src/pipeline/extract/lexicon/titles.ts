/**
 * Heads of the titles officials carry in English-language Vietnamese news, as data. A title is a
 * head, optionally with modifiers before it and an "of the <Organization>" complement after it.
 */
export const TITLE_HEADS = [
  'General Secretary', 'Party General Secretary', 'Secretary General', 'Party chief', 'President', 'State President',
  'Vice President', 'Prime Minister', 'Minister', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair',
  'National Assembly Chairman', 'National Assembly Chairwoman', 'Head', 'Director', 'Director General', 'Chief',
  'Secretary', 'Secretaries', 'Member', 'Members', 'member', 'members', 'Ambassador', 'Governor', 'Mayor',
  'Rector', 'Commander', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Editor-in-Chief', 'CEO', 'Founder',
  // Titles of firms, capitalised or not after a name: "General Director of X", "founder of X", "managing partner at X".
  // (Or "General Manager of Sơn Dương Logistics Joint Stock Company X".)
  'General Director', 'Managing Director', 'Managing Partner', 'Chief Engineer', 'Chief Executive', 'Co-founder', 'General Manager',
  'general manager',
  'Chief Executive Officer', 'Chief Technology Officer', 'Chief Financial Officer', 'Chief Operating Officer', 'Chief Inspector', 'Inspector',
  // Envoys and representatives of foreign and international bodies: "Resident Representative in Vietnam".
  'Representative', 'Resident Representative', 'Chief Representative', 'Country Director', 'Commissioner', 'Envoy', 'Consul General',
  // And of a donor's or a fund's project: "Country Representative of the … Fund in Vietnam", "Project Director X".
  'Country Representative', 'Project Director', 'Programme Director', 'Program Director', 'Project Manager', 'Programme Manager',
  'Program Manager',
  // A firm's head of a function: "Human Resources Director of Sao Khuê Electronics Company Limited X".
  'Human Resources Director', 'Sales Director', 'Marketing Director', 'Technical Director', 'Finance Director', 'Production Director',
  'Operations Director',
  // Advisers to a head of government or a minister: "Chief Science Adviser to the Prime Minister of …".
  'Adviser', 'Advisor', 'Chief Adviser', 'Chief Science Adviser', 'Chief Scientific Adviser', 'Science Adviser',
  'general director', 'managing director', 'managing partner', 'chief engineer', 'founder', 'co-founder', 'partner', 'lecturer', 'researcher',
  // "X, director of Hồng Lam Software JSC", "X, head of Asia technology research at Y", "X, a semiconductor analyst at Y".
  'director', 'head', 'analyst', 'Minister-Chairman',
  // The head of a school: "X, principal of Lê Quý Đôn Lower Secondary School".
  'Principal', 'principal',
  // The head of a university's faculty or school: "X, Dean of the Faculty of Economics of Tây Bắc University".
  'Dean', 'dean',
  // The same in lower case after a name or a firm: "X, chief executive of Y", "a senior economist at the OECD", "Y chief executive X".
  'chief executive', 'chief executive officer', 'chief technology officer', 'chairman', 'chairwoman', 'economist',
  // Officers of a fund, a firm or an agency's accounts: "former Chief Accountant X".
  'Accountant', 'Chief Accountant', 'Treasurer', 'Auditor',
  // "Justice" alone is no head: "Chairwoman of the Committee on Law and Justice X" names a committee.
  'Chief Justice', 'Procurator General', 'Auditor General',
  // Courts and procuracies: "Presiding Judge X", "X, a prosecutor of the … People's Procuracy".
  // (A court's head and deputy head: "Chief Judge of the … Provincial People's Court", "Deputy Chief Judge".)
  'Judge', 'Presiding Judge', 'Chief Judge', 'judge', 'Prosecutor', 'prosecutor', 'Chief Prosecutor', 'Chief Procurator', 'Procurator',
  // Diplomats below an ambassador: "X, Counsellor for Innovation at the Embassy of Denmark".
  'Counsellor', 'Counselor', 'Attaché', 'Attache',
  // Officers of firms and of regional bodies: "X, senior vice president of Y", "Deputy Secretary-General of ASEAN Y".
  'president', 'Secretary-General', 'Director-General',
  // Editors and research fellows after a name: "X, Editor-in-chief, Mekong Now", "Dr Y, Senior Fellow, Z Institute".
  'Editor-in-chief', 'Fellow', 'Research Fellow',
  // Officers of the armed forces' commands: "X, Political Commissar of the … Provincial Border Guard Command".
  'Political Commissar', 'Commissar', 'Chief of Staff',
];

/** Words that may stand before a head: "Former", "Standing Deputy", "Vice". */
export const TITLE_MODIFIERS = ['former', 'Former', 'Acting', 'acting', 'Standing', 'standing', 'Permanent', 'permanent',
  'Deputy', 'deputy', 'Vice', 'vice', 'First', 'Executive', 'Senior', 'senior', 'Assistant', 'Associate', 'Honorary'];

/** Bodies whose membership is a title by itself: "Politburo member", "Party Central Committee members". */
export const MEMBERSHIP_BODIES = ['Politburo', 'Party Central Committee', 'Central Committee', 'Secretariat', 'National Assembly',
  'Provincial Party Standing Committee', 'Provincial Party Executive Committee', 'Government', 'Steering Committee',
  "People's Council", 'People’s Council', "Provincial People's Council", 'Provincial People’s Council', "City People's Council",
  'City People’s Council', "Commune People's Council", 'Commune People’s Council', "Ward People's Council", 'Ward People’s Council'];

/** Honorifics that mark a following name as a person without giving a role. */
export const HONORIFICS = new RegExp(String.raw`^(?:Mr|Mrs|Ms|Madam|Mdm|Comrade|comrade|Comrades|comrades|Prof|Dr|Assoc\. Prof|Professor|Doctor`
  // An Assembly deputy or delegate named by that word alone ("Deputy Lo Thi Ha of the Dien Bien delegation asked …").
  + String.raw`|Academician|Sir|Uncle|Deputy|deputy|Delegate|delegate`
  // A military or police rank is how a person is addressed, not a post they hold ("Director of X, Colonel Y").
  + String.raw`|General|Colonel|Major|Captain|Lieutenant`
  // Vietnamese "Mr" and "Mrs", as a mixed page prints them: "Ông Sang said …".
  + String.raw`|Ông|Bà)\.?$`, 'u');

/** Titles that name the same office: a text may call the General Secretary "the Party chief". */
export const TITLE_SYNONYMS: Record<string, string> = {
  'party general secretary': 'general secretary',
  'secretary general': 'general secretary',
  'party chief': 'general secretary',
  'party leader': 'general secretary',
  'state president': 'president',
  'premier': 'prime minister',
  'government leader': 'prime minister',
  'na chairman': 'national assembly chairman',
  'top legislator': 'national assembly chairman',
};

/** Ministries, with the subjects of their ministers ("Minister of Science and Technology"). */
export const MINISTRIES = [
  'Science and Technology', 'Information and Communications', 'Education and Training', 'Finance', 'Planning and Investment',
  'Industry and Trade', 'Home Affairs', 'Health', 'Agriculture and Rural Development', 'Natural Resources and Environment',
  'Construction', 'Transport', 'Justice', 'Public Security',
];

/** Research institutes. */
export const INSTITUTES = [
  'Institute of Information Technology', 'Institute of Materials Science', 'Institute of Biotechnology', 'Institute of Mechanics',
  'Institute of Physics', 'Institute of Mathematics', 'Institute of Energy Science', 'Institute of Chemistry',
  'Institute of Marine Resources and Environment', 'National Institute of Digital Technology and Digital Transformation',
  'Institute for Policy and Strategy of Science and Technology', 'Vietnam Institute of Agricultural Genetics',
  'Institute of Microelectronics', 'National Institute of Hygiene and Epidemiology', 'Institute of Applied Mechanics and Informatics',
];

/** Universities, with their article. */
export const UNIVERSITIES = [
  'Hanoi University of Science and Technology', 'Hanoi University of Industry', 'the University of Engineering and Technology',
  'the Posts and Telecommunications Institute of Technology', 'Can Tho University', 'Thai Nguyen University of Technology',
  'the University of Science and Technology of Da Nang', 'Hue University of Sciences', 'Vinh University', 'Quy Nhon University',
];

/** Professional associations. */
export const ASSOCIATIONS = [
  'Vietnam Software and IT Services Association', 'Vietnam Union of Science and Technology Associations',
  'Vietnam Semiconductor Industry Association', 'Vietnam Digital Communications Association', 'Vietnam Internet Association',
  'Vietnam Association of Young Scientists', 'Vietnam Electronic Industries Association', 'Vietnam Inventors Association',
];

const CORPORATE_NAMES = [
  'Sao Mai', 'Hong Lac', 'Phuong Nam', 'An Phat', 'Thang Long', 'Hai Au', 'Rang Dong', 'Song Hong', 'Dai Viet', 'Tan Tien', 'Minh Khai', 'Nam Son',
];
const CORPORATE_KINDS = [
  'Technology Group', 'Digital Corporation', 'Semiconductor Joint Stock Company', 'Electronics Corporation', 'Software Group', 'Telecom Corporation',
];

/** An enterprise's name, from an index: "Sao Mai Technology Group". */
export const corporation = (k: number): string =>
  `${CORPORATE_NAMES[k % CORPORATE_NAMES.length]} ${CORPORATE_KINDS[(k + Math.floor(k / CORPORATE_NAMES.length)) % CORPORATE_KINDS.length]}`;

/** Party and State bodies named in national news. */
export const CENTRAL_BODIES = [
  'Central Economic Commission', 'Central Organization Commission', 'Central Propaganda and Mass Mobilization Commission',
  'Party Central Committee Office', 'Central Inspection Commission', 'Government Office', 'National Assembly Office',
  'Vietnam Fatherland Front Central Committee', 'Vietnam Academy of Science and Technology', 'Vietnam Academy of Social Sciences',
  'National Innovation Center', 'State Bank of Vietnam',
];

/** Departments of a province, named after their field. */
export const PROVINCIAL_DEPARTMENTS = [
  'Science and Technology', 'Information and Communications', 'Home Affairs', 'Finance', 'Planning and Investment', 'Education and Training',
  'Industry and Trade',
];

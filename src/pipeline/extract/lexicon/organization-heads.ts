/**
 * The head nouns of organizations' names ("… Ministry", "… Alliance", "… Inspectorate"). A word of them names a body, never a
 * person: the organization parser ends a name with one, and the name finder reads none as a word of a personal name.
 */
export const ORGANIZATION_HEADS = [
  'Ministry', 'Commission', 'Committee', 'Department', 'Council', 'Office', 'Assembly', 'Academy', 'Association', 'Union', 'Front',
  'Agency', 'Bank', 'Institute', 'University', 'College', 'Hospital', 'Foundation', 'Delegation', 'Caucus', 'Television', 'Corporation',
  'Group', 'Fund', 'Center', 'Centre', 'Federation', 'Chamber', 'Court', 'Procuracy', 'Authority', 'Consortium', 'Alliance',
  'Cooperative', 'Co-operative', 'Polytechnic', 'Administration', 'Board', 'Inspectorate', 'Party', 'Army', 'Police', 'Radio',
  'Newspaper', 'Magazine', 'Confederation', 'Command', 'School',
  // A unit of a police force or a ministry: "Immigration Management Division of the Lạng Sơn Provincial Police".
  'Division',
  // A body that runs programmes for start-ups: "Thái Nguyên Innovation Hub", "Hòa Lạc Start-up Incubator".
  'Hub', 'Incubator', 'Accelerator',
  // A body that runs a public service of its own: "Phú Bài International Airport" (as SERVICE_KINDS in own-office.ts serve the public).
  'Airport',
  // A firm named as one: "Hà Thành Metro Operating Company", "Bình Thủy Water Supply Company".
  'Company',
  // A public agency named for what it runs: "An Giang Social Insurance", "Vietnam Social Security".
  'Social Insurance', 'Social Security',
  // A firm named by its trade: "Bình Minh Electronics", "Sao Bắc Telecom", "Tín Phát Furniture".
  'Electronics', 'Telecom', 'Logistics', 'Pharma', 'Holdings', 'Furniture', 'Textiles', 'Semiconductor', 'Robotics', 'Power', 'Energy', 'Software',
];

/**
 * Quoted statements (the words inside the quotation marks), written for this generator.
 * Slots: {field} {actor} {task} {where}.
 */
export const QUOTES = [
  'Science and technology cannot stay on paper; every policy must reach the laboratory, the factory and the farm',
  'We will measure results by products and by the satisfaction of people and businesses, not by the number of reports',
  'If we want {actor} to take risks, we must first change the rules that punish every failure',
  'The province has no time to lose; we must {task} this year, not next year',
  'Data is the new resource, and whoever shares and uses it well will go further',
  'We are determined to make {where} a bright spot in {field}',
  'Institutions are the bottleneck of bottlenecks, and they must be the first thing we fix',
  'Talent does not come because of slogans; it comes because of working conditions and trust',
  'Every commune, every household should feel the benefits of digital transformation in their daily life',
  'Our engineers are capable of mastering {field}; they need orders, funding and a clear path to the market',
  'We must do it step by step but firmly, and whoever does well will be rewarded',
  'A resolution only has value when it is put into life',
  'The state will act as the first customer for products that Vietnamese scientists make',
  'Administrative procedures must be cut to the bone, so that researchers can spend their time on research',
  'Digital transformation is not a choice; it is a matter of survival for every agency',
  'We will not accept a situation where the top is hot and the bottom is cold',
  'Enterprises are ready to invest in {field} if the legal corridor is clear and stable',
  'The budget is limited, so it must go to the projects that bring the biggest impact',
  'Young people today want to contribute, and we must give them the space to do so',
  'We will review every procedure and remove whatever is no longer needed',
  'Cooperation with foreign partners in {field} must come with real technology transfer',
  'What we promise to the people, we must deliver on time',
  'Innovation must become a habit in every agency, not a campaign that ends with a ceremony',
  'Without clean and shared data, there can be no digital government',
];

/** Verbs that close a quotation: "“…,” the Minister said." */
export const SAYING = ['said', 'said', 'stressed', 'emphasized', 'affirmed', 'noted', 'added', 'stated', 'highlighted'];

/** Reported speech after "said that": lower-case clauses. Slots: {field} {actor} {task} {task2} {where} {theme}. */
export const REPORTED = [
  'the results so far are encouraging, but the pace of implementation must be much faster',
  'each agency must {task} and report the results before the end of the quarter',
  '{where} must regard {field} as a new growth engine and concentrate resources on it',
  'the heads of agencies will be held personally responsible if tasks are delayed',
  'the system of legal documents must be reviewed to remove overlapping and contradictory provisions',
  'scientists should be freed from unnecessary paperwork so they can focus on research',
  'cooperation between the state, schools and enterprises is the key to commercializing research',
  'the budget for science and technology must be spent in a timely and effective manner',
  'the work must avoid formalism and must be measured by concrete products',
  '{actor} need a stable and transparent legal corridor in order to invest for the long term',
  'digital transformation must be carried out in a comprehensive way, from the central to the grassroots level',
  'it is necessary to {task} and, at the same time, to {task2}',
  'the shortage of high-quality human resources remains the biggest challenge in {field}',
  'all levels and sectors must seize the opportunity and not let it slip away',
  'the province will continue to create the most favorable conditions for {actor}',
  'the achievements in {theme} were an important foundation for the next stage',
];

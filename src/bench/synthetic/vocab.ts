/** Fields of technology that texts single out. */
export const FIELDS = [
  'artificial intelligence', 'semiconductors', 'biotechnology', 'renewable energy', 'new materials', 'big data', 'cloud computing',
  'cybersecurity', 'high-tech agriculture', 'smart logistics', 'e-commerce', 'digital health', 'precision mechanics', 'the Internet of Things',
  'blockchain', 'robotics', 'green hydrogen', 'digital government', 'smart cities', 'financial technology', 'quantum technology',
  'aerospace technology', 'microchip design', 'clean energy storage', 'digital education',
];

/** What national policy is about, as a prepositional object. */
export const THEMES = [
  'breakthroughs in science, technology, innovation and national digital transformation',
  'science and technology development, innovation and digital transformation',
  'developing the digital economy and digital society',
  'building a national innovation ecosystem',
  'developing strategic technologies and the digital technology industry',
  'training high-quality human resources for the new era',
  'streamlining administrative procedures and developing digital government',
  'developing the semiconductor industry',
];

/** Groups that a policy speaks to. */
export const ACTORS = [
  'scientists', 'enterprises', 'research institutes', 'universities', 'young engineers', 'innovative startups', 'local authorities',
  'overseas Vietnamese experts', 'technology corporations', 'cooperatives', 'teachers and students', 'the business community',
];

/** Tasks a text lists, as verb phrases. */
export const TASKS = [
  'perfect institutions and remove legal bottlenecks', 'invest in digital infrastructure and data centers',
  'train and attract high-quality human resources', 'build shared databases that are accurate, complete, clean and alive',
  'support innovative startups with credit and tax incentives', 'promote technology transfer from research institutes to enterprises',
  'digitize administrative procedures from end to end', 'develop the data economy and open data platforms',
  'apply artificial intelligence in public administration', 'expand 5G coverage to every commune',
  'ensure cybersecurity for information systems', 'commercialize research results', 'set up venture capital funds for technology',
  'reorganize public research units', 'link universities with industrial parks', 'raise the digital skills of civil servants',
  'allocate budget to strategic research programs', 'cut the time needed to approve research projects',
  'build a network of innovation centers', 'attract leading technology corporations', 'develop a market for science and technology',
  'protect intellectual property rights', 'modernize testing and measurement facilities', 'open research data to the public',
  'simplify the settlement of research funds', 'give scientists more autonomy in research', 'build a national platform for open education',
  'develop smart agriculture in rural areas', 'apply digital technology in health care', 'connect the databases on population, land and enterprises',
  'train teachers in digital skills', 'set up pilot zones for new technologies', 'support enterprises in standardizing their products',
  'review and remove overlapping regulations', 'improve the quality of online public services', 'develop cashless payments in rural areas',
  'build a team of chief engineers for national projects', 'invest in high-performance computing', 'develop a domestic market for software products',
  'encourage private investment in research', 'organize national contests for innovative ideas',
];

/** Shares of a base a target can set: subject, base, value range. */
export const SHARE_METRICS: [subject: string, base: string, min: number, max: number][] = [
  ['the digital economy', 'GRDP', 20, 45], ['the digital economy', 'GDP', 25, 35], ['spending on science and technology', 'the provincial budget', 2, 5],
  ['the high-tech processing industry', 'GRDP', 15, 40], ['high-tech exports', 'total exports', 40, 60],
  ['research spending from enterprises', 'total research spending', 50, 70], ['the digital technology industry', 'GRDP', 8, 20],
];

/** Plain percentages a target can set: what is counted, what becomes of it, value range. */
export const PERCENT_METRICS: [noun: string, predicate: string, min: number, max: number][] = [
  ['administrative procedures', 'will be handled online', 80, 100], ['enterprises', 'will use electronic invoices', 90, 100],
  ['adults', 'will have electronic payment accounts', 70, 95], ['households', 'will have fiber-optic broadband', 85, 100],
  ['administrative records', 'will be digitized', 90, 100], ['hospitals', 'will use electronic medical records', 60, 100],
  ['communes', 'will be covered by 5G networks', 70, 100], ['civil servants', 'will be trained in basic digital skills', 80, 100],
  ['schools', 'will use digital learning materials', 60, 100], ['small and medium-sized enterprises', 'will apply digital platforms', 50, 90],
];

/** Things a target can count: unit phrase and value range. */
export const COUNT_METRICS: [unit: string, min: number, max: number][] = [
  ['patents a year', 100, 900], ['innovative startups', 20, 300], ['digital technology enterprises', 200, 3000],
  ['engineers in microchip design', 5000, 50000], ['science and technology enterprises', 30, 500], ['international-standard laboratories', 3, 20],
  ['5G base stations', 500, 8000], ['research groups of regional standing', 5, 40], ['innovation centers', 2, 12],
  ['digital technology experts', 1000, 20000], ['strong research groups', 10, 60], ['data centers', 2, 15],
];

/** International rankings a country can rank in. */
export const NATIONAL_INDEXES = [
  'the Global Innovation Index', 'the e-government development index', 'the digital competitiveness ranking', 'the Network Readiness Index',
  'the Government AI Readiness Index', 'the Global Cybersecurity Index',
];

/** Indexes a province can rank in. */
export const INDEXES = [
  'the provincial digital transformation index (DTI)', 'the Provincial Innovation Index (PII)', 'the Provincial Competitiveness Index (PCI)',
  'the public administration reform index', 'the e-government development index',
];

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

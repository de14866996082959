/**
 * Headline templates. Slots: {leader} (short form with name, "General Secretary To Lam"),
 * {office} ("Prime Minister"), {meeting}, {P}, {field}, {theme}, {instrument}, {n}, {Y}.
 */
export const MEETING_HEADLINES = [
  '{leader} chairs the {meeting}',
  '{leader}: Turning the resolution into concrete products',
  '{leader} calls for stronger action on {field}',
  'Opening the {meeting}',
  '{office} urges faster progress in science and digital transformation',
  'Removing bottlenecks to unlock {field}: highlights of the {meeting}',
  '{leader} attends the {meeting}',
  'Clear tasks and clear deadlines for {theme}',
];

export const SPEECH_HEADLINES = [
  'Full text of the speech by {leader} at the {meeting}',
  'Speech by {office} at the {meeting}',
  '{leader}’s speech: Science and technology as the decisive driving force',
  'Full text of {leader}’s remarks on {theme}',
];

export const PROVINCE_HEADLINES = [
  '{P} strives for breakthroughs in {field}',
  '{P} sets a goal of {n} innovative startups by {Y}',
  '{P} speeds up digital transformation to reach its {Y} targets',
  '{P}: Bringing the resolution on science and technology into life',
  'How {P} is building a digital government from the commune up',
  '{P} aims to join the top provinces in digital transformation',
  'New momentum for innovation in {P}',
];

export const INSTRUMENT_HEADLINES = [
  '{instrument}: New mechanism for {field}',
  'Government issues action program on {theme}',
  'Prime Minister approves program on {field}',
  'Key points of {instrument}',
  'New rules to speed up {theme}',
  'Ministry proposes incentives for {field} enterprises',
];

export const FEATURE_HEADLINES = [
  'Young scientists and the dream of mastering {field}',
  'Vietnamese enterprises race to invest in {field}',
  'From laboratory to market: the long road of Vietnamese research',
  'Digital transformation at the grassroots: stories from the communes',
  'Overseas experts return to build {field} at home',
  'Startups in {field} look for capital and customers',
];

/** Vietnamese headlines for a second title line. */
export const VIETNAMESE_HEADLINES = [
  'Đẩy mạnh phát triển khoa học, công nghệ và đổi mới sáng tạo',
  'Tháo gỡ điểm nghẽn thể chế để thúc đẩy chuyển đổi số',
  'Đưa nghị quyết vào cuộc sống bằng những sản phẩm cụ thể',
  'Tỉnh đặt mục tiêu kinh tế số chiếm tỷ trọng lớn trong tăng trưởng',
  'Hội nghị toàn quốc về đột phá phát triển khoa học công nghệ',
  'Phát triển nguồn nhân lực chất lượng cao cho công nghiệp bán dẫn',
];

/** Headlines of other articles, for related-article rails. */
export const RAIL_HEADLINES = [
  'Lantern festival lights up the old quarter of {P}',
  '{P} farmers harvest a record crop of dragon fruit',
  'National football team prepares for the regional championship',
  'Heavy rain expected in the northern mountains this weekend',
  'Traditional craft village in {P} welcomes foreign visitors',
  'Ancient pagoda in {P} restored after two years of work',
  'Students win gold medals at the international mathematics olympiad',
  'New expressway section opens to traffic ahead of schedule',
  'Coffee exports reach a new high as prices climb',
  'Cultural week of ethnic groups opens in {P}',
  'Beaches of {P} draw crowds during the summer holiday',
  'Young pianist wins an international competition',
  'Night market brings new life to the riverside of {P}',
  'Storm season: authorities told to prepare evacuation plans',
  'Veterans reunite fifty years after the war',
  'Rice exports to Southeast Asia rise sharply',
  'Hospital in {P} performs its first robotic surgery',
  'Book street hosts a fair of children’s literature',
];

/** Photo captions, without credit. Slots: {leader} {meeting} {P} {field}. */
export const CAPTIONS = [
  '{leader} speaks at the {meeting}',
  'Overview of the {meeting}',
  'Delegates attend the {meeting}',
  'Delegates visit booths showcasing products in {field}',
  'Engineers at a research laboratory in {P}',
  'A one-stop service counter in {P}, where most procedures are now handled online',
  '{leader} and delegates pose for a souvenir photo',
  'Students at a training course on {field}',
];

import { describe, expect, it } from 'vitest';
import { ARTICLE, metadataOf } from './helpers.ts';

describe('a site\'s chrome above the title', () => {
  it('reads labels printed in two languages on a legal-database page', () => {
    const m = metadataOf('Decision 77/QĐ-BKHCN approving the strategy', 'Số hiệu / Number: 77/QĐ-BKHCN', 'Ngày ban hành / Date issued: 02/05/2025',
      'Cập nhật / Updated: 06/05/2025', ...ARTICLE);
    expect([m.date, m.dateSource]).toEqual(['2025-05-06', 'header']);
  });

  it('finds the headline below six lines of chrome: masthead, address, menu, controls, date and breadcrumb', () => {
    const m = metadataOf('Delta Courier', 'https://deltacourier.example/2029/05/07/river-data', 'NEWS | BUSINESS | MEKONG | OPINION',
      'Subscribe | Log in', 'Monday, May 7', 'Economy › Transport', 'Province opens a river freight data room', 'By Lam Thu', ...ARTICLE);
    expect([m.title, m.titleSource, m.date]).toEqual(['Province opens a river freight data room', 'explicit', '2029-05-07']);
  });

  it('reads a platform\'s name above chrome in Vietnamese as a masthead, and a digest\'s name in brackets as part of the headline', () => {
    const m = metadataOf('Zalo Official Account', 'Sở Tài chính tỉnh Điện Biên ✓', 'Tài khoản chính thức · Cơ quan nhà nước · 9,2K người quan tâm',
      'Quan tâm | Nhắn tin | Chia sẻ', 'Bài viết', '[ĐIỆN BIÊN FINANCE WEEKLY – English] Farm loans go online in six communes',
      '02/05/2029 09:30 · Người đăng: Quản trị viên', ...ARTICLE);
    expect([m.title, m.date]).toEqual(['[ĐIỆN BIÊN FINANCE WEEKLY – English] Farm loans go online in six communes', '2029-05-02']);
    // (An English headline above its Vietnamese version, the article after them, stays the title.)
    const translated = metadataOf('Farm loans go online', 'Cho vay nông nghiệp trực tuyến', 'Tin tứcTin tức02/05/2029', ...ARTICLE);
    expect(translated.title).toBe('Farm loans go online');
  });

  it('skips a rail of other stories above the headline, its label and its dated items, and a ticker line', () => {
    const railed = metadataOf('BÁO DỮ LIỆU', 'Latest news', '- 03/11/2028: Province opens fibre route', '- 02/11/2028: Council meets',
      'Ministry opens data hub', 'Saturday, 04/11/2028', ...ARTICLE);
    expect([railed.title, railed.date]).toEqual(['Ministry opens data hub', '2028-11-04']);
    const ticked = metadataOf('BÁO DỮ LIỆU', 'Home | News | Science', '02/11/2028 – Hà Nội metro line 3 opens its underground section',
      'Ministry opens data hub', '04/11/2028 08:15 (Âm lịch: 18/9 Mậu Thân)', ...ARTICLE);
    expect([ticked.title, ticked.date]).toEqual(['Ministry opens data hub', '2028-11-04']);
  });

  it('reads two short lines above the menu as the masthead, the agency\'s name over its owner\'s, when a headline follows the menu', () => {
    const m = metadataOf('CUSTOMS SUB-DEPARTMENT OF REGION XIV · Chi cục Hải quan khu vực XIV', 'Customs Department – Ministry of Finance',
      'Home | About | News | Procedures | Contact', 'Thứ Hai, 14/6 (GMT+7) | Hotline: 0290 3 812 655', 'News › Activities',
      'Hữu Nghị dialogue: firms ask for faster clearance at the border gate', ...ARTICLE);
    expect(m.title).toBe('Hữu Nghị dialogue: firms ask for faster clearance at the border gate');
  });

  it('skips a masthead, a menu and login links to find the title', () => {
    const m = metadataOf('BÁO BÌNH ĐỊNH ĐIỆN TỬ', 'Trang chủ | Thời sự | Kinh tế | Khoa học', 'Đăng nhập | Tìm kiếm', 'Thứ Ba, 08/04/2025 09:10',
      'Binh Dinh opens its first public data portal', ...ARTICLE);
    expect([m.title, m.titleSource, m.date]).toEqual(['Binh Dinh opens its first public data portal', 'explicit', '2025-04-08']);
  });

  it('skips a breadcrumb with middle dots and a masthead in Vietnamese above an English title', () => {
    const m = metadataOf('Báo Khánh Hòa điện tử', 'Trang chủ · Thời sự · Sự kiện', '12/09/2025 07:45', 'Khanh Hoa trains 500 engineers for its chip plan', ...ARTICLE);
    expect(m.title).toBe('Khanh Hoa trains 500 engineers for its chip plan');
  });

  it('skips a site\'s motto of any length above its menu when a headline follows the menu', () => {
    const m = metadataOf('HẢI DƯƠNG NEWSPAPER – ONLINE ENGLISH', 'The voice of the Party Committee, authorities and people of Hải Dương Province',
      'Home | Politics | Economy | Society', 'ECONOMY19/01/2026 | 08:30   Font size: A- A A+   Print', 'Ground broken for a chip park in Hải Dương',
      ...ARTICLE);
    expect([m.title, m.date]).toEqual(['Ground broken for a chip park in Hải Dương', '2026-01-19']);
  });

  it('skips a line of the site\'s controls in Vietnamese, with their values, however many words it has', () => {
    const m = metadataOf('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAMHa Nam Provincial Portal', 'Trang chủ > Tin tức > Chỉ đạo',
      'Chỉ đạo - Điều hànhThứ Năm, 12/03/2026 - 09:40',
      'Cỡ chữ: A- A A+ | In trang | Chia sẻ: Facebook Zalo | Lượt xem: 3.127', 'Hà Nam sets targets for its digital economy', ...ARTICLE);
    expect([m.title, m.date]).toEqual(['Hà Nam sets targets for its digital economy', '2026-03-12']);
  });

  it('skips a menu whose items are set apart by runs of spaces, or by slashes, and keeps a dateline with middle dots as no menu', () => {
    const spaced = metadataOf('VIETNAM TECH TIMES', 'Home   News   Business   ICT   Start-ups   Policy', 'Search...', 'Apr 26, 2026 | 7:45 pm',
      'Red River Telecom shareholders approve revenue plan', ...ARTICLE);
    expect([spaced.title, spaced.date]).toEqual(['Red River Telecom shareholders approve revenue plan', '2026-04-26']);
    const motto = metadataOf('LONG AN ONLINE', 'The official newspaper of the Long An Provincial Party Committee', 'HOME  POLITICS  ECONOMY  SOCIETY',
      'Sunday, 15/03/2026 - 09:12', '"We want every farmer to use the portal"', ...ARTICLE);
    expect(motto.title).toBe('"We want every farmer to use the portal"');
    const slashes = metadataOf('INNOVATION WEEKLY', 'Home / Science / Intellectual Property / Events / Subscribe', 'Published on 5th February 2026',
      'Patent filings rise in 2025 but the domestic share lags', ...ARTICLE);
    expect(slashes.title).toBe('Patent filings rise in 2025 but the domestic share lags');
    const dotted = metadataOf('POLICY WATCH', 'Newsletter | Archive | About | Subscribe', 'Home / Columns / The Week', 'THE WEEK: a policy calendar',
      'Sun, 2026/06/07 · 18:00 · Issue 23', ...ARTICLE);
    expect(dotted.title).toBe('THE WEEK: a policy calendar');
  });

  it('keeps an ordinary title that opens the text', () => {
    expect(metadataOf('Hue sets out targets for its open data plan', '10/10/2025', ...ARTICLE).title).toBe('Hue sets out targets for its open data plan');
  });

  it('skips a site\'s name in mixed case right above its menu, but keeps a short title above a sentence', () => {
    const m = metadataOf('Delta Business Daily', 'News | Business | Travel | Life', 'Business > Companies', 'BUSINESSMonday, 27/4/2026, 19:15 (GMT+7)',
      'Song Hong Robotics sets record goal', ...ARTICLE);
    expect([m.title, m.date]).toEqual(['Song Hong Robotics sets record goal', '2026-04-27']);
    expect(metadataOf('Data portal opens', ...ARTICLE).title).toBe('Data portal opens');
  });

  it('skips a breadcrumb, the site\'s controls and a section repeated from the menu to the headline, which may end with a quotation', () => {
    const head = (...lines: string[]) => metadataOf(...lines, ...ARTICLE).title;
    expect(head('DELTA NEWS', 'Home | Politics | World | Vietnam & the World | Business', 'Vietnam & the World', 'Monday, 07/09/2026 - 08:41',
      'Vietnam, Chile sign a science cooperation agreement')).toBe('Vietnam, Chile sign a science cooperation agreement');
    expect(head('DELTA NEWS', 'Home | Policy | Interview', 'Policy / Interviews', 'INTERVIEWBy Lan Anh07.05.2026, 06:00 GMT+7',
      '"We will not be the last mile": Lai Chau chairman')).toBe('"We will not be the last mile": Lai Chau chairman');
    expect(head('DELTA NEWS', 'Home | Politics | Society', 'E-paper   Subscribe   Search', 'Home > Politics', 'POLITICSMay, 05/2026 - 08:41',
      'Minister pressed on research money at Assembly Q&A')).toBe('Minister pressed on research money at Assembly Q&A');
  });

  it('keeps the headline above the dateline when a subheading, not the article, follows the dateline', () => {
    expect(metadataOf('Province opens its data centre', 'Tin tứcTin tức21/05/2026', 'Article 1. Targets to 2030', ...ARTICLE).title)
      .toBe('Province opens its data centre');
  });
});

describe('a title printed in two languages', () => {
  it('titles a text in English by its English title, keeping the Vietnamese one as its alternate', () => {
    const m = metadataOf('THƯ VIỆN PHÁP LUẬT SỐLexBank Online - Cơ sở dữ liệu văn bản pháp luật',
      'Trang chủ » Văn bản » Doanh nghiệp » Nghị quyết 31/2026/NQ-HĐND', 'Nghị quyết 31/2026/NQ-HĐND hỗ trợ khởi nghiệp tỉnh Hà Nam giai đoạn 2026-2030',
      'Resolution 31/2026/NQ-HDND on start-up support in Ha Nam province, 2026-2030', 'Số hiệu/Number:31/2026/NQ-HĐND',
      'Loại văn bản/Type:Nghị quyết/Resolution', 'Nơi ban hành/Issuing body:Hội đồng nhân dân tỉnh Hà Nam/Ha Nam Provincial People\'s Council',
      'Người ký/Signer:Lê Văn Minh', 'Ngày ban hành/Issued date:14/07/2026', 'Ngày hiệu lực/Effective date:25/07/2026',
      'Ngày công báo/Gazette date:Đã biết/Known', 'Số công báo/Gazette No.:Đang cập nhật/Updating', 'Tình trạng/Status:Còn hiệu lực/In force',
      'Lĩnh vực/Field:Doanh nghiệp/Enterprises', 'Đăng ngày/Posted on:21/07/2026', 'Tóm tắt | Nội dung | Tiếng Anh | Văn bản gốc | Liên quan | Tải về',
      'Lưu văn bản | Theo dõi hiệu lực | Báo lỗi', 'PEOPLE\'S COUNCIL OF HA NAM PROVINCE | SOCIALIST REPUBLIC OF VIETNAM',
      '------- | Independence - Freedom - Happiness', 'No. 31/2026/NQ-HDND | Ha Nam, July 14, 2026', 'RESOLUTION',
      'ON START-UP SUPPORT IN HA NAM PROVINCE', 'THE PEOPLE\'S COUNCIL OF HA NAM PROVINCE', 'Pursuant to the Law on Organisation of Local Government;',
      'RESOLVES:', ...ARTICLE,
      'Article 1. This Resolution provides for grants to innovative start-ups with head offices in the province.',
      'Article 2. A start-up may receive up to half of the cost of testing its products in state agencies and public hospitals.',
      'Article 3. The Provincial People\'s Committee shall organise the implementation of this Resolution and report every year.',
      'Article 4. The total estimated funding is drawn from the provincial budget for the whole period and other lawful sources.',
      'Article 5. The Standing Board and the deputies of the Provincial People\'s Council shall supervise the implementation.',
      'This Resolution was adopted by the People\'s Council of the province at its session and takes effect from the date stated.');
    expect([m.title, m.alternateTitles]).toEqual(['Resolution 31/2026/NQ-HDND on start-up support in Ha Nam province, 2026-2030',
      [{ text: 'Nghị quyết 31/2026/NQ-HĐND hỗ trợ khởi nghiệp tỉnh Hà Nam giai đoạn 2026-2030', lang: 'vi' }]]);
  });
});

describe('a row of the page\'s buttons below its header', () => {
  it('is the page\'s, neither its title nor its article', () => {
    const m = metadataOf('Posted: 28/04/2027 10:41', '[Theo dõi] [In] [Tải hồ sơ] [Chia sẻ]', ...ARTICLE);
    expect(m.title).not.toMatch(/\[/);
    expect(m.title).toMatch(/The provincial committee met/);
  });

  it('reads a print version: its controls and address above the headline, the reader\'s print stamp above the page\'s own date', () => {
    const m = metadataOf('RIVER PLAIN DAILY – PRINT VERSION', 'In bài | Đóng cửa sổ | riverplain.example/kinh-te/ward-opens-data-room-a1182.html',
      'Printed: 21/09/2029 08:02', 'Economy › Trade', 'Ward opens a data room for its farm cooperatives', 'Published: 17.09.2029 | 10:15', ...ARTICLE);
    expect([m.title, m.date]).toEqual(['Ward opens a data room for its farm cooperatives', '2029-09-17']);
    // (An English print version's controls and an access stamp alike.)
    const english = metadataOf('Print | Close window', 'Accessed on: 03/10/2029', 'Ward opens a data room for its farm cooperatives',
      'Posted: 30/09/2029', ...ARTICLE);
    expect([english.title, english.date]).toEqual(['Ward opens a data room for its farm cooperatives', '2029-09-30']);
  });

  it('reads a transcript\'s export stamp in a row of its fields as its date', () => {
    const m = metadataOf('Conversation transcript (exported)',
      'Conversation ID: 91aa-03fe | Channel: web chat widget on the provincial public service portal | Language: English | Exported: 2029-11-04T10:12:55+07:00',
      '[2029-11-04 09:58:10] Assistant: Hello! How can I help you with the ward\'s online services today?', ...ARTICLE);
    expect(m.date).toBe('2029-11-04');
  });
});

describe('a section\'s label above a headline that a bare byline and a share line follow', () => {
  it('reads the headline, not the section\'s name, past a byline that is a name alone and a row of share links', () => {
    const m = metadataOf('THE CÀ MAU LEDGER', '☰ Menu   Home   Coast   Economy   Farming   Opinion', 'Economy',
      'Cà Mau\'s shrimp exchange: a year in, small farms still wait', 'Phan Ngọc Hân', 'Mar 3, 2029 · 5 min read',
      'Share: Facebook · Zalo · Copy link', ...ARTICLE);
    expect([m.title, m.date]).toEqual(['Cà Mau\'s shrimp exchange: a year in, small farms still wait', '2029-03-03']);
  });
});

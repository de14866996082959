/**
 * Shapes of scraped site chrome, as data. These are conventions of news sites and CMSs in
 * general (comment widgets, related-article rails, credit lines), not strings from any one text.
 */

/** A comment counter or widget heading: everything after it is site chrome. */
export const COMMENT_COUNTER = /^(?:comments?|bình luận|ý kiến)\s*(?:\(\d+\))?$|^\d+\s+(?:comments?|bình luận)$/i;

/** Comment forms. */
export const COMMENT_FORM =
  new RegExp(String.raw`^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|please leave a comment\b.*`
    + String.raw`|your email address will not be published\b.*|required fields are marked\b.*|gửi bình luận|viết bình luận)$`, 'i');

/** Rails of other articles and taxonomy links that follow an article, by their label line. */
export const RELATED_RAIL =
  new RegExp(String.raw`^(?:same (?:tag|category|author|topic|series)`
    + String.raw`|related (?:articles?|news|posts?|stories|topics?|documents?|links?|feedback|questions|cases|videos|notices?|announcements?)`
    // "Related documents in the same field", "Văn bản liên quan cùng lĩnh vực" (or "cùng nội dung", of the same content): a rail of the same section.
    + String.raw`(?: (?:in|of) the same (?:field|category|topic|section|area|sector))?|read (?:more|also`
    + String.raw`|next)|see also|more (?:news|stories|from .{1,40})|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|viewed`
    + String.raw`|popular)|latest news|tags?(?::.*)?|categor(?:y|ies)(?::.*)?|share (?:this|on)\b.*|tin (?:liên quan|cùng chuyên mục|mới nhất)`
    // (Or a notice board's other notices: "Thông báo khác", "Other notices".)
    + String.raw`|(?:bài viết |bài |tin )?cùng chuyên mục|đọc thêm|tin khác|các tin khác|bài (?:viết )?liên quan|(?:các )?thông báo khác`
    // (A portal's related items: "Phản ánh liên quan / Related feedback", "Câu hỏi liên quan".)
    + String.raw`|văn bản liên quan(?: cùng (?:lĩnh vực|nội dung|chủ đề))?|(?:phản ánh|câu hỏi|video) liên quan|xem thêm`

    + String.raw`|other (?:news|articles|stories|notices|announcements)`
    // A rail's word alone, or "more" and the section it lists ("RELATED", "MORE OPINION", "More in Business", "Also in Courts"); a label
    // may end in ":".
    + String.raw`|related|more (?:in |from )?[a-z&]+(?: [a-z&]+)?|also in [a-z&]+(?: [a-z&]+)?)\s*:?$`, 'i');

/**
 * A legal-database page's rail of other documents, its label and its items on one line: "Văn bản liên quan cùng nội dung: Kế hoạch
 * 301/KH-UBND … | Quyết định …", "Văn bản mới cập nhật: Thông tư …", "Related documents: …". Not its own document's relations ("Văn
 * bản căn cứ:", the documents it is based on; "Văn bản bị thay thế:", the one it replaces).
 */
export const RAIL_WITH_ITEMS = new RegExp(String.raw`^(?:văn bản liên quan(?: cùng (?:lĩnh vực|nội dung|chủ đề))?|văn bản mới(?: cập nhật| ban hành)?`
  + String.raw`|related documents|latest documents|new documents|recently updated documents)\s*:\s*\S`, 'iu');

/** A page's mark of where the document's text ends: "--- End of text ---", "Hết nội dung", "— End of document —". */
export const END_OF_TEXT = /^[-–—=*_\s]*(?:end\s+of\s+(?:the\s+)?(?:text|document|article|content)|hết\s+(?:nội\s+dung|văn\s+bản))[-–—=*_.\s]*$/iu;

/** A digest's link to its earlier issues, with what they held: "Read last week's issue: Decision 1388/QĐ-TTg on …". */
export const BACK_ISSUES = /^read (?:last week[’']s|last month[’']s|the previous|previous|past|earlier) (?:issues?|editions?)\b/i;

/** A label that introduces the list of sources at the end of an article. */
export const SOURCES_LABEL = /^(?:sources?|references?|nguồn(?: tin)?|theo)\s*:?$/i;

/** A one-line credit of the source or outlet: "Source: X", "Theo X". */
export const SOURCE_LINE = /^(?:sources?|nguồn(?: tin)?|theo|according to|by)\s*:\s*(.{2,120})$/i;

/**
 * Markup of an image whose source was lost in scraping ("![]() |", ".jpg)", a lone "|"), or its placeholder in brackets ("[image]",
 * "[photo]", "[img src="" alt=""]", "[Ảnh: Phiên họp]", "[image: classroom]").
 */
export const IMAGE_MARKUP = new RegExp(String.raw`^(?:!\[[^\]]*\]\([^)]*\)[\s|]*|\S*\.(?:jpe?g|png|gif|webp|avif|svg)\)?[\s|]*|\|+`
  + String.raw`|\[\s*(?:image|img|photo|picture|ảnh|hinh|hình(?:\s+ảnh)?|video|infographic)\b[^\]]{0,200}\])$`, 'iu');

/** A photo credit at the end of a caption: "(Photo: X/VNA)", ". Photo: X", "Ảnh: X". */
export const PHOTO_CREDIT = new RegExp(String.raw`(?:\s*\(\s*(?:photo|ảnh|image|pictured?)(?:\s+credit)?\s*:\s*([^()]{1,80}?)\s*\)|(?:^`
  + String.raw`|[.!?]\s*|\s)(?:photo|ảnh)(?:\s+credit)?\s*:\s*([^()|]{1,80}?))\s*\.?\s*\|?\s*$`, 'i');

/** A caption marker without a credit: "(Illustrative image)", "(File photo)". */
export const CAPTION_MARKER = /\s*\(\s*(?:illustrative (?:image|photo|picture)|file (?:photo|image)|photo|ảnh minh họa|ảnh tư liệu)\s*\)\s*\.?\s*\|?\s*$/i;

/** A site banner: a domain, optionally with a tagline ("Example.vn - The news of the day"). */
export const SITE_BANNER = /^((?:[\p{L}\d-]+\.)+(?:vn|com|net|org|info|gov|edu|news|asia|int)(?:\.[a-z]{2})?)(?:\s*[-–—|:]\s*.{0,120})?$/iu;

/** A bare domain name anywhere in a short credit. */
export const DOMAIN = /\b((?:[\p{L}\d-]+\.)+(?:vn|com|net|org|info|gov|edu|news|asia|int)(?:\.[a-z]{2})?)\b/iu;

/** Sentence-final punctuation: a line ending so is prose, not a title, heading or label. */
export const SENTENCE_END = /[.!?…,;:"“”'‘’»)\]]$/u;

/**
 * A row of a page's buttons, each in square brackets: "[Theo dõi] [In] [Tải hồ sơ mời thầu] [Chia sẻ]", "[Print] [Email]"; or one
 * button to download, print or share the page: "[Tải về / Download PDF]".
 */
export const BUTTONS = /^(?:\[[^\][]{1,30}\]\s*){2,}$|^\[\s*(?:tải\s+về|tải\s+xuống|download|print|in\s+trang|share|chia\s+sẻ)(?![\p{L}])[^\][]{0,40}\]$/iu;

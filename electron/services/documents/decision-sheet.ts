import type { i18n } from 'i18next';
import type { JurorRole } from '../../../shared/award/award.schema';
import type { Language } from '../../../shared/i18n/i18n';
import { formatScore } from '../../../shared/scoring/format-score';
import type { ScoringMethod } from '../../../shared/scoring/scoring-input.schema';
import { FONT_FAMILY } from './fonts';
import type { DocDefinition } from './pdf-render';

type Exact = { num: string; den: string };
type Node = Record<string, unknown> | string;

/** One category of a decision sheet, resolved to names and exact scores. */
export interface DecisionCategory {
  id: string;
  name: string;
  method: ScoringMethod;
  trimK: number;
  quorum: number;
  ranking: {
    rank: number | null;
    name: string;
    score: Exact | null;
    jurorCount: number;
    title: string | null;
    insufficient: boolean;
  }[];
  agreement: { kendallW: number | null; p: number | null; jurors: number; nominees: number };
  /** The verdict in words (describeVerdict), first sentence first. */
  verdict: string[];
  tieBreaks: { rank: number; nominees: string[]; kind: string; criterion: string | null; reason: string | null }[];
  fingerprint: string;
  sealedAt: string | null;
  sealedBy: string | null;
  /** Every juror's weighted total per nominee: an exact score, 'conflict', or null (incomplete/missing). */
  appendix: { jurors: string[]; rows: { nominee: string; cells: (Exact | 'conflict' | null)[] }[] };
}

export interface DecisionJuror {
  name: string;
  title: string;
  role: JurorRole;
  /** A PNG data URL drawn on the signature pad, or null (an empty line is printed). */
  signature: string | null;
  /** When the juror approved (all of) the sealed results on this sheet by PIN, or null. */
  approvedAt: string | null;
}

export interface DecisionSheetInput {
  language: Language;
  documentNumber: string;
  award: { name: string; organiser: string; place: string; date: string | null };
  /** The organiser's logo: an image data URL (PNG/JPEG) or SVG text; null prints none. */
  logo: { image: string } | { svg: string } | null;
  /** One category, or every category for the whole award. */
  categories: DecisionCategory[];
  wholeAward: boolean;
  jurors: DecisionJuror[];
}

const COLOURS = { ink: '#1a1a1a', muted: '#555555', rule: '#1f3a5f', fill: '#eef2f7', winner: '#fbf5e3' };

/**
 * The pdfmake definition of a Berita Acara Keputusan Dewan Juri. Pure: names, exact scores and
 * sentences in, a document definition out; `t` must be fixed to `input.language`.
 */
export function decisionSheet(input: DecisionSheetInput, t: i18n['t']): DocDefinition {
  const w = (key: string, params: Record<string, unknown> = {}) => t(`decision.${key}`, { ns: 'documents', ...params });
  const lang = input.language;
  const dates = dateWords(input.award.date, lang);
  const content: Node[] = [
    header(input, w),
    { text: w('title'), style: 'title' },
    { text: w('number', { number: input.documentNumber }), style: 'number' },
    {
      text: input.wholeAward ? w('wholeAward') : w('categoryLine', { category: input.categories[0]?.name ?? '' }),
      style: 'subtitle',
    },
    {
      text: dates
        ? w('opening', {
            weekday: dates.weekday,
            date: dates.long,
            place: input.award.place || '—',
            award: input.award.name,
            organiser: input.award.organiser,
          })
        : w('openingNoDate', { award: input.award.name, organiser: input.award.organiser }),
      style: 'paragraph',
    },
  ];
  input.categories.forEach((category, i) => {
    content.push(...categorySection(category, input.wholeAward ? i + 1 : null, lang, w));
  });
  // The closing, the place and date and the signatures stay on one page, as on a paper Berita Acara.
  const signing = {
    stack: [
      { text: w('closing'), style: 'paragraph', margin: [0, 12, 0, 4] },
      {
        text: w('placeDate', { place: input.award.place || '—', date: dates?.long ?? '' }),
        alignment: 'right',
        margin: [0, 0, 0, 8],
      },
      { text: w('jurorHeading'), style: 'heading' },
      jurorTable(input.jurors, lang, w),
    ],
    unbreakable: input.jurors.length <= 12,
  };
  content.push(
    signing,
    { text: w('signedNote', { award: input.award.name }), style: 'note', margin: [0, 10, 0, 0] },
    ...appendix(input.categories, input.wholeAward, lang, w),
  );
  return {
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 56],
    content,
    footer: (page: number, pages: number) => ({
      text: w('footer', { number: input.documentNumber, page, pages }),
      style: 'footer',
      margin: [56, 20, 56, 0],
    }),
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, color: COLOURS.ink, lineHeight: 1.2 },
    styles: {
      organiser: { fontSize: 12, bold: true, color: COLOURS.rule },
      awardName: { fontSize: 10, color: COLOURS.muted },
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 14, 0, 2] },
      number: { fontSize: 10, alignment: 'center', margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
      paragraph: { alignment: 'justify', margin: [0, 0, 0, 8] },
      heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4], color: COLOURS.rule },
      section: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
      tableHeader: { bold: true, fillColor: COLOURS.fill, fontSize: 9 },
      small: { fontSize: 8, color: COLOURS.muted },
      note: { fontSize: 8, italics: true, color: COLOURS.muted },
      mono: { fontSize: 8, color: COLOURS.muted, characterSpacing: 0.2 },
      footer: { fontSize: 8, color: COLOURS.muted, alignment: 'center' },
    },
  };
}

type Words = (key: string, params?: Record<string, unknown>) => string;

function header(input: DecisionSheetInput, w: Words): Node {
  const names = {
    stack: [
      { text: input.award.organiser.toUpperCase(), style: 'organiser' },
      { text: w('awardLine', { award: input.award.name }), style: 'awardName' },
    ],
    margin: [input.logo ? 10 : 0, 6, 0, 0],
  };
  return {
    stack: [
      {
        columns: input.logo
          ? [
              'image' in input.logo
                ? { image: input.logo.image, fit: [52, 52], width: 52 }
                : { svg: input.logo.svg, width: 52 },
              { ...names, width: '*' },
            ]
          : [names],
      },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 6, x2: 483, y2: 6, lineWidth: 2, lineColor: COLOURS.rule },
          { type: 'line', x1: 0, y1: 9, x2: 483, y2: 9, lineWidth: 0.5, lineColor: COLOURS.rule },
        ],
      },
    ],
  };
}

const number = (lang: Language, digits: number) =>
  new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

function pText(p: number, lang: Language): string {
  return p < 0.001 ? `< ${number(lang, 3).format(0.001)}` : `= ${number(lang, 3).format(p)}`;
}

function categorySection(c: DecisionCategory, index: number | null, lang: Language, w: Words): Node[] {
  const out: Node[] = [];
  if (index !== null) out.push({ text: `${index}. ${c.name}`, style: 'section' });
  out.push({ text: w('decide', { category: c.name }), style: 'paragraph' });
  const head = [w('rank'), w('nominee'), w('score'), w('jurors'), w('winnerTitle')].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows = c.ranking.map((r) => {
    const winner = r.title !== null;
    const cell = (text: string, extra: Record<string, unknown> = {}) => ({
      text,
      bold: winner,
      ...(winner ? { fillColor: COLOURS.winner } : {}),
      ...extra,
    });
    return [
      cell(r.rank === null ? '–' : String(r.rank), { alignment: 'center' }),
      cell(r.name),
      cell(r.score === null ? '–' : formatScore(r.score, lang), { alignment: 'right' }),
      cell(String(r.jurorCount), { alignment: 'center' }),
      cell(r.insufficient ? w('insufficient') : (r.title ?? ''), r.insufficient ? { italics: true } : {}),
    ];
  });
  out.push({
    table: { headerRows: 1, dontBreakRows: true, widths: [52, '*', 62, 30, 100], body: [head, ...rows] },
    layout: 'lightHorizontalLines',
    fontSize: c.ranking.length > 40 ? 8 : 9,
  });
  out.push(
    { text: w('methodHeading'), style: 'heading' },
    { text: `${w(`method.${c.method}`, { k: c.trimK })} ${w('quorum', { quorum: c.quorum })}`, style: 'paragraph' },
    { text: w('agreementHeading'), style: 'heading' },
    {
      text:
        c.agreement.kendallW === null
          ? w('agreementNone')
          : w('agreement', {
              w: number(lang, 3).format(c.agreement.kendallW),
              p: c.agreement.p === null ? '–' : pText(c.agreement.p, lang),
              jurors: c.agreement.jurors,
              nominees: c.agreement.nominees,
            }),
      style: 'paragraph',
      margin: [0, 0, 0, 2],
    },
    { ul: c.verdict, margin: [0, 0, 0, 8] },
    { text: w('tieHeading'), style: 'heading' },
  );
  if (c.tieBreaks.length === 0) out.push({ text: w('tieNone'), style: 'paragraph' });
  else
    out.push({
      ul: c.tieBreaks.map((tb) => ({
        stack: [
          w('tie', {
            rank: tb.rank,
            nominees: tb.nominees.join(', '),
            how: w(`tieKind.${tb.kind}`, { criterion: tb.criterion ?? '' }),
          }),
          ...(tb.reason ? [{ text: w('tieReason', { reason: tb.reason }), italics: true }] : []),
        ],
      })),
      margin: [0, 0, 0, 8],
    });
  out.push(
    { text: w('fingerprintHeading'), style: 'heading' },
    {
      text: w('fingerprint', { by: c.sealedBy ?? '—', at: c.sealedAt ? dateTime(c.sealedAt, lang) : '—' }),
      style: 'small',
    },
    { text: c.fingerprint, style: 'mono', margin: [0, 0, 0, 6] },
  );
  return out;
}

function jurorTable(jurors: DecisionJuror[], lang: Language, w: Words): Node {
  const head = [w('no'), w('name'), w('role'), w('approval'), w('signature')].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows = jurors.map((j, i) => [
    { text: `${i + 1}.`, margin: [0, 14, 0, 0] },
    {
      stack: [{ text: j.name, bold: true }, ...(j.title ? [{ text: j.title, style: 'small' }] : [])],
      margin: [0, 8, 0, 0],
    },
    { text: w(`roles.${j.role}`), margin: [0, 14, 0, 0] },
    {
      text: j.approvedAt ? w('approved', { date: dateTime(j.approvedAt, lang) }) : w('notApproved'),
      style: 'small',
      margin: [0, 14, 0, 0],
    },
    j.signature
      ? { image: j.signature, fit: [120, 40], alignment: 'center' }
      : {
          canvas: [{ type: 'line', x1: 4, y1: 38, x2: 116, y2: 38, lineWidth: 0.5, dash: { length: 2 } }],
        },
  ]);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [18, '*', 58, 76, 124],
      heights: [14, ...jurors.map(() => 44)],
      body: [head, ...rows],
    },
    layout: 'lightHorizontalLines',
  };
}

function appendix(categories: DecisionCategory[], wholeAward: boolean, lang: Language, w: Words): Node[] {
  const out: Node[] = [
    { text: w('appendixTitle'), style: 'subtitle', pageBreak: 'before', margin: [0, 0, 0, 4] },
    { text: w('appendixNote'), style: 'note', margin: [0, 0, 0, 8] },
  ];
  const conflict = lang === 'id' ? 'K' : 'C';
  for (const c of categories) {
    if (wholeAward) out.push({ text: w('appendixCategory', { category: c.name }), style: 'heading' });
    const keys = c.appendix.jurors.map((_, i) => w('jurorKey', { n: i + 1 }));
    const many = keys.length > 8;
    out.push({
      text: c.appendix.jurors.map((name, i) => `${keys[i]} = ${name}`).join('; '),
      style: 'small',
      margin: [0, 0, 0, 4],
    });
    const body = [
      [
        { text: w('nominee'), style: 'tableHeader' },
        ...keys.map((text) => ({ text, style: 'tableHeader', alignment: 'right' })),
      ],
      ...c.appendix.rows.map((r) => [
        r.nominee,
        ...r.cells.map((cell) => ({
          text: cell === 'conflict' ? conflict : cell === null ? '–' : formatScore(cell, lang),
          alignment: 'right',
        })),
      ]),
    ];
    out.push({
      table: { headerRows: 1, widths: ['*', ...keys.map(() => (many ? 30 : 40))], body },
      layout: 'lightHorizontalLines',
      fontSize: many ? 7 : 8,
      margin: [0, 0, 0, 10],
    });
  }
  return out;
}

const MONTHS = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const WEEKDAYS = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** "27 November 2024" and its weekday, from `YYYY-MM-DD` (no clock, no time zone). */
function dateWords(iso: string | null, lang: Language): { long: string; weekday: string } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const [, y, mo, d] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  return { long: `${Number(d)} ${MONTHS[lang][Number(mo) - 1] ?? ''} ${y}`, weekday: WEEKDAYS[lang][day] ?? '' };
}

/** An ISO instant as "27 November 2024 14.05 UTC". */
function dateTime(iso: string, lang: Language): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sep = lang === 'id' ? '.' : ':';
  return `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}${sep}${pad(d.getUTCMinutes())} UTC`;
}

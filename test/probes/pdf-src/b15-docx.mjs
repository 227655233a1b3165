// b15-docx.mjs OUTDIR — writes the Word sources of batch 15 as real .docx files (printed to PDF by
// LibreOffice in make-batch15.sh):
//   b15-word-hotel-gm         a Dubai hotel general manager in the look of Word's modern built-in
//                             templates: the whole page one table, a shaded name band across both
//                             columns, a shaded left column (contact, expertise, languages,
//                             education) beside the main column; right-tabbed dates inside a cell.
//   b15-word-de-mechatronics  a German industrial mechatronics technician's CV in English: a
//                             'Curriculum Vitae' title with a photo at the right of the header
//                             table, Personal Details as label/value rows, every section a
//                             two-column table with 'MM/YYYY – MM/YYYY' in the left cell, place and
//                             date with the name at the end; two pages.
//   b15-word-exec-cfo         a US executive résumé of a CFO: centred name and tagline, a
//                             three-column competencies table, employers in capitals with their
//                             overall years right-tabbed, a company description in italics, several
//                             roles under each employer with a scope paragraph and 'Selected
//                             Achievements:' over the bullets, an Early Career list, a page header
//                             on page 2 only; two pages.
// The people, employers and numbers are invented.
// Needs the `docx` npm package in DOCX_HOME (default /tmp/wordprobe).
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const require = createRequire((process.env.DOCX_HOME || '/tmp/wordprobe') + '/');
const d = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Tab, TabStopType, LevelFormat, AlignmentType, Header,
  PageNumber, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, ImageRun, VerticalAlign,
} = d;

const OUT = process.argv[2] || '.';
mkdirSync(OUT, { recursive: true });
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };
const NOB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NOB, bottom: NOB, left: NOB, right: NOB, insideHorizontal: NOB, insideVertical: NOB };
const CELL_NO_BORDERS = { top: NOB, bottom: NOB, left: NOB, right: NOB };

function bulletLevel(text, font, left = 360, hanging = 360) {
  return {
    level: 0, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging } }, run: font ? { font } : {} },
  };
}
const NUMBERING = {
  config: [
    { reference: 'dot', levels: [bulletLevel('•', 'Arial', 300, 240)] },
    { reference: 'sym', levels: [bulletLevel('\uF0B7', 'Symbol', 360, 360)] },
    { reference: 'dash', levels: [bulletLevel('–', 'Arial', 284, 284)] },
    { reference: 'sq', levels: [bulletLevel('\uF0A7', 'Wingdings', 360, 360)] },
  ],
};
const run = (text, o = {}) => new TextRun({ text, ...o });
function para(children, o = {}) {
  if (typeof children === 'string') children = [run(children)];
  return new Paragraph({ children, ...o });
}
const bullet = (ref, text, o = {}) =>
  para(typeof text === 'string' ? [run(text)] : text, { numbering: { reference: ref, level: 0 }, ...o });
const tab = (o = {}) => new TextRun({ children: [new Tab()], ...o });
async function save(id, doc) {
  writeFileSync(join(OUT, `${id}.docx`), await Packer.toBuffer(doc));
  console.log(`wrote ${id}.docx`);
}
const styles = (font, size) => ({ default: { document: { run: { font, size } } } });

// A small grey head-and-shoulders "photo" as a PNG, made here so nothing is downloaded.
function photoPng(w = 120, h = 150) {
  const rows = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3); row[0] = 0;
    for (let x = 0; x < w; x++) {
      const head = ((x - w / 2) ** 2) / 900 + ((y - 55) ** 2) / 1300 < 1;
      const body = y > 100 && ((x - w / 2) ** 2) / 3600 + ((y - 160) ** 2) / 3600 < 1;
      const v = head ? 120 : body ? 70 : 205 - Math.floor(y / 6);
      row[1 + x * 3] = v; row[2 + x * 3] = v + 5; row[3 + x * 3] = v + 12;
    }
    rows.push(row);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

// ---- 1. Dubai hotel general manager: Word modern template, the page is one table -----------------
async function hotelGm() {
  const NAVY = '1F3A5F', SAND = 'F1ECE4', GOLD = 'A77B3B';
  const W = A4.width - 2 * 720;
  const LEFT = 3300, RIGHT = W - LEFT;
  const rightTab = [{ type: TabStopType.RIGHT, position: RIGHT - 260 }];
  const SH = (t) => para([run(t.toUpperCase(), { bold: true, size: 20, color: NAVY, characterSpacing: 20 })], { spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: GOLD, space: 2 } } });
  const MH = (t) => para([run(t.toUpperCase(), { bold: true, size: 22, color: NAVY, characterSpacing: 20 })], { spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: GOLD, space: 2 } } });
  const small = (t, o = {}) => para([run(t, { size: 18, ...o })], { spacing: { after: 40 } });
  const job = (title, dates, org, bullets) => [
    para([run(title, { bold: true, size: 21 }), tab(), run(dates, { size: 18, color: '555555' })], { tabStops: rightTab, spacing: { before: 140 }, keepNext: true }),
    para([run(org, { color: GOLD, size: 19 })], { spacing: { after: 50 }, keepNext: true }),
    ...bullets.map((b) => bullet('dot', b, { spacing: { after: 30 } })),
  ];
  const left = [
    SH('Contact'),
    small('+971 50 318 2240'),
    small('rania.haddad.hospitality@gmail.com'),
    small('Dubai Marina, Dubai, UAE'),
    small('linkedin.com/in/raniahaddad-gm'),
    SH('Areas of Expertise'),
    ...['Pre-opening & repositioning', 'Revenue & yield management', 'P&L and CAPEX planning', 'Owner & asset-manager relations', 'Guest experience (LQA, TrustYou)', 'Talent development & Emiratisation', 'Opera PMS, IDeaS, Delphi'].map((t) => bullet('dot', [run(t, { size: 18 })], { spacing: { after: 30 } })),
    SH('Languages'),
    small('Arabic – Native'), small('English – Fluent'), small('French – Professional working'),
    SH('Education'),
    para([run('Bachelor of Hotel Management', { bold: true, size: 18 })], { spacing: { before: 40 } }),
    small('Lebanese University, Faculty of Tourism & Hospitality Management, Beirut'),
    small('2006 – 2010', { color: '555555' }),
    para([run('Certificate in Hotel Real Estate Investments', { bold: true, size: 18 })], { spacing: { before: 80 } }),
    small('eCornell (online)'),
    small('2019', { color: '555555' }),
  ];
  const main = [
    MH('Profile'),
    para('General Manager with 16 years in luxury and upper-upscale hotels across the UAE and Lebanon, including one resort pre-opening and two rebrandings. I combine a rooms-division background with tight commercial control, and my teams are known for guest scores that stay in the top of the comp set.', { spacing: { after: 60 } }),
    MH('Professional Experience'),
    ...job('General Manager', 'Jan 2021 – Present', 'Azure Bay Resort & Spa, Dubai, UAE', [
      'Lead a 412-key beachfront resort with 6 F&B outlets, a spa and 640 colleagues, reporting to the owner’s asset manager and the regional VP.',
      'Grew total revenue from AED 188M (2021) to AED 301M (2024) while holding GOP margin above 41%.',
      'Raised TrustYou score from 87 to 93 and moved the resort from #14 to #3 of 96 Dubai resorts on TripAdvisor.',
      'Steer the AED 45M soft refurbishment of 220 rooms, delivered 3 weeks early with no out-of-order penalty to the owner.',
      'Chair the hotel’s green committee and lead the Green Key certification.',
    ]),
    ...job('Hotel Manager', 'Mar 2018 – Dec 2020', 'Azure Bay Resort & Spa, Dubai, UAE', [
      'Responsible for the day to day running of rooms, F&B and engineering as second in command to the GM.',
      'Kept the resort open through 2020 with a quarantine-package programme that reached 61% occupency in Q3.',
      'Introduced a cross-training programme between front office and guest relations.',
      'Worked closely with the sales team on the MICE strategy for the new ballroom.',
    ]),
    ...job('Director of Rooms', 'Sep 2014 – Feb 2018', 'Corniche Grand Hotel, Abu Dhabi, UAE', [
      'Oversee front office, housekeeping, concierge, spa and the executive lounge for a 320-room city hotel.',
      'Cut average check-in time from 9 minutes to 4 by moving VIP and loyalty arrivals to pre-registration.',
      'Manage the rooms division budget and forecast with the Director of Finance.',
      'Achieved 88% in the 2017 LQA audit, the highest in the group’s Middle East portfolio.',
    ]),
    ...job('Front Office Manager', 'Jun 2010 – Aug 2014', 'Cedar Palace Hotel, Beirut, Lebanon', [
      'Managed a team of 28 receptionists, night auditors and bell staff.',
      'Helped with the migration from Fidelio to Opera PMS.',
      'Handle VIP and diplomatic arrivals with the security team.',
    ]),
    MH('Awards'),
    bullet('dot', 'Regional General Manager of the Year, Middle East (2023)', { spacing: { after: 30 } }),
    bullet('dot', 'Hotel Manager of the Year, Azure Hotels Group (2019)', { spacing: { after: 30 } }),
  ];
  const cellMargins = { top: 120, bottom: 120, left: 200, right: 200 };
  const table = new Table({
    width: { size: W, type: WidthType.DXA }, columnWidths: [LEFT, RIGHT], borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [new TableCell({
        columnSpan: 2, borders: CELL_NO_BORDERS, margins: { top: 300, bottom: 300, left: 300, right: 300 },
        shading: { type: ShadingType.CLEAR, fill: NAVY, color: 'auto' },
        children: [
          para([run('RANIA HADDAD', { bold: true, size: 52, color: 'FFFFFF', characterSpacing: 40 })]),
          para([run('General Manager  |  Luxury Resorts & Hotel Operations', { size: 24, color: 'E8D9BF' })]),
        ],
      })] }),
      new TableRow({ children: [
        new TableCell({ width: { size: LEFT, type: WidthType.DXA }, borders: CELL_NO_BORDERS, margins: cellMargins, shading: { type: ShadingType.CLEAR, fill: SAND, color: 'auto' }, children: left }),
        new TableCell({ width: { size: RIGHT, type: WidthType.DXA }, borders: CELL_NO_BORDERS, margins: cellMargins, children: main }),
      ] }),
    ],
  });
  await save('b15-word-hotel-gm', new Document({
    styles: styles('Calibri', 20), numbering: NUMBERING,
    sections: [{ properties: { page: { size: A4, margin: { top: 720, bottom: 720, left: 720, right: 720 } } }, children: [table, para('')] }],
  }));
}

// ---- 2. German industrial mechatronics technician: tabular CV with photo ---------------------------
async function deMechatronics() {
  const W = A4.width - 2 * 1134;
  const L = 2300, R = W - L;
  const BLUE = '2E5C8A';
  const H = (t) => para([run(t, { bold: true, size: 24, color: BLUE })], { spacing: { before: 280, after: 100 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: BLUE, space: 1 } }, keepNext: true });
  const row = (leftText, right) => new TableRow({ cantSplit: false, children: [
    new TableCell({ width: { size: L, type: WidthType.DXA }, borders: CELL_NO_BORDERS, children: [para([run(leftText)])] }),
    new TableCell({ width: { size: R, type: WidthType.DXA }, borders: CELL_NO_BORDERS, children: right }),
  ] });
  const tbl = (rows) => new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [L, R], borders: NO_BORDERS, rows });
  const entry = (title, org, bullets = []) => [
    para([run(title, { bold: true })]),
    ...(org ? [para([run(org, { italics: true })], { spacing: { after: 40 } })] : []),
    ...bullets.map((b) => bullet('dash', b)),
    para('', { spacing: { after: 60 } }),
  ];
  const header = new Table({
    width: { size: W, type: WidthType.DXA }, columnWidths: [W - 2000, 2000], borders: NO_BORDERS,
    rows: [new TableRow({ children: [
      new TableCell({ width: { size: W - 2000, type: WidthType.DXA }, borders: CELL_NO_BORDERS, verticalAlign: VerticalAlign.CENTER, children: [
        para([run('Curriculum Vitae', { size: 40, color: BLUE })], { spacing: { after: 120 } }),
        para([run('Tobias Brandstetter', { bold: true, size: 32 })]),
        para([run('Industrial Mechatronics Technician  ·  State-certified Technician (Electrical Engineering)', { size: 20, color: '555555' })]),
      ] }),
      new TableCell({ width: { size: 2000, type: WidthType.DXA }, borders: CELL_NO_BORDERS, children: [
        para([new ImageRun({ type: 'png', data: photoPng(), transformation: { width: 108, height: 135 } })], { alignment: AlignmentType.RIGHT }),
      ] }),
    ] })],
  });
  const children = [
    header,
    H('Personal Details'),
    tbl([
      row('Address', [para('Friedrichshofener Straße 27, 85049 Ingolstadt, Germany')]),
      row('Phone', [para('+49 176 4418 2093')]),
      row('E-mail', [para('tobias.brandstetter@web.de')]),
      row('Date of birth', [para('14 March 1995 in Kelheim')]),
      row('Nationality', [para('German')]),
      row('Marital status', [para('Married, one child')]),
      row('Driving licence', [para('Class B, forklift licence')]),
    ]),
    H('Professional Experience'),
    tbl([
      row('04/2021 – today', entry('Maintenance Technician (Mechatronics), Body Shop', 'Vorland Automotive GmbH, Ingolstadt', [
        'Responsible for preventive and breakdown maintenance of 46 KUKA robots, welding guns and conveyor systems in three-shift operation',
        'Troubleshooting of Siemens S7-1500 PLCs, PROFINET networks and safety circuits with TIA Portal',
        'Reduced unplanned downtime on line 3 by 18 % through a new spare parts concept for weld controllers',
        'Train new colleagues and apprentices on the line (currently 4 apprentices)',
        'Documentation of all faults and repairs in SAP PM',
      ])),
      row('02/2017 – 03/2021', entry('Service Technician (Field Service)', 'Krämer Fördertechnik GmbH, Regensburg', [
        'Installation and comissioning of conveyor and sorting systems at customer sites in Germany, Austria and Czech Republic',
        'Carry out fault diagnosis on drives, sensors and frequency inverters (SEW, Danfoss)',
        'Trained customer maintenance staff after handover',
        'On-call service on about 1 weekend per month',
      ])),
      row('02/2015 – 01/2017', entry('Mechatronics Technician, Final Assembly', 'Krämer Fördertechnik GmbH, Regensburg', [
        'Assembly and wiring of control cabinets for conveyor systems',
        'Helped with the testing of complete systems before delivery',
      ])),
    ]),
    H('Vocational Training'),
    tbl([
      row('09/2011 – 01/2015', entry('Apprenticeship as Mechatronics Technician (IHK)', 'Krämer Fördertechnik GmbH and Berufsschule Regensburg', [
        'Final grade: 2.1 (good); apprenticeship shortened by half a year',
      ])),
    ]),
    H('Further Education'),
    tbl([
      row('09/2019 – 07/2022', entry('State-certified Technician, Electrical Engineering (part-time)', 'Fachschule für Technik, Ingolstadt', [
        'Final project: condition monitoring of servo axes with vibration sensors (grade 1.3)',
      ])),
      row('03/2023', entry('SIMATIC S7 Service Course 2 (TIA Portal)', 'Siemens SITRAIN, Nuremberg')),
      row('11/2020', entry('Qualified Electrician for Specific Tasks (EFKffT)', 'TÜV SÜD Akademie')),
    ]),
    H('School Education'),
    tbl([
      row('09/2005 – 07/2011', entry('Secondary School Certificate (Mittlere Reife)', 'Staatliche Realschule Kelheim')),
    ]),
    H('Skills'),
    tbl([
      row('Languages', [para('German (native), English (good, B2), Czech (basic, A1)')]),
      row('PLC / Robotics', [para('Siemens S7-300/1500, TIA Portal, STEP 7, KUKA KRC4, Fanuc R-30iB')]),
      row('Software', [para('SAP PM, EPLAN Electric P8, MS Office')]),
    ]),
    H('Interests'),
    tbl([
      row('since 2010', [para('Volunteer fire brigade Kelheim (group leader since 2019)')]),
      row('', [para('Mountain biking, repairing old tractors')]),
    ]),
    para('', { spacing: { before: 400 } }),
    para('Ingolstadt, 24 November 2026'),
    para('', { spacing: { before: 300 } }),
    para([run('Tobias Brandstetter', { italics: true })]),
  ];
  await save('b15-word-de-mechatronics', new Document({
    styles: styles('Arial', 20), numbering: NUMBERING,
    sections: [{ properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  }));
}

// ---- 3. US CFO: executive résumé, roles grouped under employers, Selected Achievements -----------
async function execCfo() {
  const W = LETTER.width - 2 * 1080;
  const rightTab = [{ type: TabStopType.RIGHT, position: W }];
  const H = (t) => para([run(t, { bold: true, size: 23, characterSpacing: 30 })], { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 100 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } }, keepNext: true });
  const employer = (name, place, years, desc) => [
    para([run(name, { bold: true }), run(`, ${place}`), tab(), run(years, { bold: true })], { tabStops: rightTab, spacing: { before: 200 }, keepNext: true }),
    para([run(desc, { italics: true, size: 19 })], { spacing: { after: 80 }, keepNext: true }),
  ];
  const role = (title, years, scope, achievements) => [
    para([run(title, { bold: true }), run(`  |  ${years}`)], { spacing: { before: 100, after: 40 }, keepNext: true }),
    para(scope, { spacing: { after: 60 } }),
    para([run('Selected Achievements:', { bold: true, italics: true })], { keepNext: true }),
    ...achievements.map((a) => bullet('sq', a, { spacing: { after: 30 } })),
  ];
  const comp = ['Strategic Planning & FP&A', 'M&A / Due Diligence', 'Capital Markets & Treasury', 'SEC-Ready Reporting & SOX', 'ERP Transformation (SAP S/4HANA)', 'Board & Lender Relations', 'Working Capital Optimization', 'Tax & Transfer Pricing', 'Building Finance Teams'];
  const cc = (i) => new TableCell({ width: { size: Math.floor(W / 3), type: WidthType.DXA }, borders: CELL_NO_BORDERS, children: [bullet('dot', comp[i], { spacing: { after: 20 } })] });
  const children = [
    para([run('DOUGLAS R. WHITCOMB, CPA', { bold: true, size: 36, characterSpacing: 20 })], { alignment: AlignmentType.CENTER }),
    para([run('CHIEF FINANCIAL OFFICER  •  VP FINANCE  •  CORPORATE CONTROLLER', { size: 20, color: '333333' })], { alignment: AlignmentType.CENTER, spacing: { after: 40 } }),
    para([run('Charlotte, NC 28211  |  (704) 555-0186  |  dwhitcomb.cfo@outlook.com  |  linkedin.com/in/douglaswhitcomb')], { alignment: AlignmentType.CENTER }),
    H('EXECUTIVE SUMMARY'),
    para('Finance executive with 25 years of experience in manufacturing and consumer products, including 5 years as CFO of a $1.2B private-equity-backed industrial company. I have led 6 acquisitions, two refinancings and an ERP transformation, and my finance teams are known for a 5-day close and forecasts the board can rely on. Seeking a CFO role with a growth or pre-IPO company in the Southeast.', { alignment: AlignmentType.JUSTIFIED }),
    H('CORE COMPETENCIES'),
    new Table({ width: { size: W, type: WidthType.DXA }, columnWidths: [Math.floor(W / 3), Math.floor(W / 3), Math.floor(W / 3)], borders: NO_BORDERS,
      rows: [0, 1, 2].map((r) => new TableRow({ children: [cc(r), cc(r + 3), cc(r + 6)] })) }),
    H('PROFESSIONAL EXPERIENCE'),
    ...employer('BRAXTON INDUSTRIAL GROUP, INC.', 'Charlotte, NC', '2016 – Present', 'Privately held manufacturer of industrial pumps, valves and flow controls; $1.2B revenue, 14 plants in 5 countries, 3,800 employees; owned by Larkspur Capital Partners since 2019.'),
    ...role('Chief Financial Officer', 'Jan 2021 – Present', 'Report to the CEO and the Board; lead a 64-person global finance organization covering FP&A, accounting, treasury, tax, internal audit and IT.', [
      'Led the $640M refinancing of the term loan and revolver in 2023, lowering the interest margin by 75 bps and saving $4.8M a year.',
      'Sourced and closed 4 bolt-on acquisitions ($310M total enterprise value) and ran the integration of each finance team.',
      'Cut the monthly close from 12 to 5 working days and the annual audit from 11 weeks to 6.',
      'Freed $72M of working capital by lowering DSO by 9 days and inventory by 14%.',
      'Partner with the CEO and operating leaders on pricing, capital allocation and the 5-year plan.',
    ]),
    ...role('Vice President, Finance & Corporate Controller', 'Jun 2016 – Dec 2020', 'Led corporate accounting, consolidation and FP&A for 9 plants; member of the executive leadership team from 2018.', [
      'Led the finance workstream of the 2019 sale to Larkspur Capital Partners, including the quality-of-earnings review and the data room.',
      'Implemented SAP S/4HANA at 9 sites on time and $1.1M under budget.',
      'Build a rolling 18-month forecast and a monthly KPI pack used by the Board.',
      'Helped the tax team with the transfer pricing study for the Mexico and Poland plants.',
    ]),
    ...employer('HOLLOWAY FOODS CORPORATION', 'Greensboro, NC', '2009 – 2016', 'NYSE-listed maker of snack foods and baked goods; $780M revenue, 6 bakeries.'),
    ...role('Corporate Controller', 'Mar 2012 – May 2016', 'Owned SEC reporting (10-K, 10-Q), SOX compliance and the accounting policy of the company; 22 direct and indirect reports.', [
      'Remediated a material weakness in inventory costing within two quarters.',
      'Worked closely with the audit committee and the external auditors on revenue recognition (ASC 606) readiness.',
      'Lead the finance due diligence and purchase accounting for the $95M aquisition of Crestline Bakery.',
    ]),
    ...role('Director, Financial Planning & Analysis', 'Aug 2009 – Feb 2012', 'Led budgeting, forecasting and business-unit reporting for 3 divisions.', [
      'Introduced SKU-level profitability reporting that led to the exit of 140 unprofitable SKUs.',
      'Prepare the annual operating plan and quarterly investor guidance models.',
    ]),
    para([run('EARLY CAREER', { bold: true })], { spacing: { before: 200, after: 60 }, keepNext: true }),
    para([run('Senior Manager, Audit & Assurance', { bold: true }), run(' – Whitfield & Rowe LLP, Charlotte, NC'), tab(), run('2002 – 2009')], { tabStops: rightTab }),
    para([run('Financial Analyst', { bold: true }), run(' – Piedmont Power & Light, Raleigh, NC'), tab(), run('1999 – 2002')], { tabStops: rightTab }),
    H('EDUCATION & CERTIFICATIONS'),
    para([run('Master of Business Administration (MBA), Finance', { bold: true }), run(' – Wake Forest University, Winston-Salem, NC'), tab(), run('2008')], { tabStops: rightTab }),
    para([run('Bachelor of Science, Accounting', { bold: true }), run(' – Appalachian State University, Boone, NC'), tab(), run('1999')], { tabStops: rightTab }),
    para([run('Certified Public Accountant (CPA)', { bold: true }), run(', North Carolina; Certified Management Accountant (CMA)')], { spacing: { before: 60 } }),
    H('BOARD & COMMUNITY SERVICE'),
    bullet('dot', 'Treasurer, Board of Directors – Second Harvest Food Bank of Metrolina (2019 – Present)'),
    bullet('dot', 'Member, Finance Council – Charlotte Regional Business Alliance (2021 – Present)'),
  ];
  const header = new Header({ children: [para([run('Douglas R. Whitcomb, CPA', { bold: true, size: 18 }), run('  |  dwhitcomb.cfo@outlook.com  |  (704) 555-0186', { size: 18 }), tab(), new TextRun({ children: ['Page ', PageNumber.CURRENT], size: 18 })], { tabStops: rightTab, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '888888', space: 2 } } })] });
  const firstHeader = new Header({ children: [para('')] });
  await save('b15-word-exec-cfo', new Document({
    styles: styles('Cambria', 21), numbering: NUMBERING,
    sections: [{ properties: { titlePage: true, page: { size: LETTER, margin: { top: 1008, bottom: 1008, left: 1080, right: 1080 } } }, headers: { default: header, first: firstHeader }, children }],
  }));
}

await hotelGm();
await deMechatronics();
await execCfo();

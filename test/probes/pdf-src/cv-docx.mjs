// cv-docx.mjs OUTDIR — writes the `cv` probe family (fifth batch) as real .docx files: CVs in the
// conventions of the UK and Australia rather than the US résumé. A UK electrician's two-page CV
// (A4, Arial, shaded headings, "Personal Profile", "Career History" with right-tabbed dates,
// "Key Achievements" not tied to a role, "Qualifications & Training", two referees with their own
// phone numbers and e-mails side by side in a borderless table, a "Page N of M" footer) and an
// Australian early-childhood educator's résumé (A4, Calibri, "Career Objective", each role with
// "Duties:" and "Achievements:" labels over its bullets, "Licences & Checks", "Referees").
// The people, employers and numbers are fictional.
//
// Needs the `docx` npm package installed outside the repository (DOCX_HOME, default /tmp/wordprobe):
//   mkdir -p /tmp/wordprobe && cd /tmp/wordprobe && npm init -y && npm install docx
// make-cv.sh --docx runs this; the .docx files it writes are the committed sources.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire((process.env.DOCX_HOME || '/tmp/wordprobe') + '/');
const d = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Tab, TabStopType, LevelFormat, AlignmentType, Footer,
  PageNumber, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType,
} = d;

const OUT = process.argv[2] || '.';
mkdirSync(OUT, { recursive: true });

const A4 = { width: 11906, height: 16838 };
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
    { reference: 'dot', levels: [bulletLevel('•', 'Arial', 360, 360)] },
    { reference: 'sym', levels: [bulletLevel('\uF0B7', 'Symbol', 360, 360)] },
    { reference: 'dash', levels: [bulletLevel('–', 'Calibri', 360, 360)] },
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
  const buf = await Packer.toBuffer(doc);
  writeFileSync(join(OUT, `${id}.docx`), buf);
  console.log(`wrote ${id}.docx`);
}
const styles = (font, size) => ({ default: { document: { run: { font, size } } } });

// ---- 1. UK electrician: two-page CV --------------------------------------------------------------
async function ukElectrician() {
  const W = 11906 - 2 * 1077; // text width in twips (1.9 cm margins)
  const H = (t) => para([run(t, { bold: true, size: 22 })], {
    spacing: { before: 220, after: 100 },
    shading: { type: ShadingType.CLEAR, fill: 'E3E6EA', color: 'auto' },
    keepNext: true,
  });
  const right = [{ type: TabStopType.RIGHT, position: W }];
  const job = (title, org, dates, bullets) => [
    para([run(title, { bold: true }), tab(), run(dates, { bold: true })], { tabStops: right, spacing: { before: 140 }, keepNext: true }),
    para([run(org, { italics: true })], { keepNext: true, spacing: { after: 40 } }),
    ...bullets.map((b) => bullet('dot', b)),
  ];
  const qual = (left, year) => para([run(left), tab(), run(year)], { tabStops: right, spacing: { after: 30 } });
  const cell = (lines) => new TableCell({
    width: { size: Math.floor(W / 2), type: WidthType.DXA }, borders: CELL_NO_BORDERS,
    children: lines.map((l, i) => para([run(l, i === 0 ? { bold: true } : {})])),
  });
  const children = [
    para([run('Gareth Price', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER }),
    para([run('Approved Electrician  |  JIB Gold Card  |  18th Edition', { size: 20, color: '444444' })], { alignment: AlignmentType.CENTER }),
    para([run('14 Fernhill Road, Bristol BS4 3QT  •  07700 900482  •  gareth.price.sparks@gmail.com', { size: 19 })], { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
    H('PERSONAL PROFILE'),
    para('I am a fully qualified Approved Electrician with over 11 years\u2019 experience in domestic, commercial and light industrial installations across Bristol, Bath and North Somerset. I hold a JIB Gold Card and 2391-52 inspection and testing, and I am used to running small teams on site. I take pride in neat, safe work that passes inspection first time and I am looking for a supervisory or Electrical Supervisor role with a reputable contractor.'),
    H('KEY SKILLS'),
    bullet('dot', 'Installation, inspection and testing to BS 7671 (18th Edition)'),
    bullet('dot', 'EICRs, EICs and Minor Works certificates (NICEIC)'),
    bullet('dot', 'Three-phase distribution, containment, SWA and data cabling'),
    bullet('dot', 'Fault finding on lighting, power and fire alarm circuits'),
    bullet('dot', 'Supervising electricians and apprentices; RAMS and permits to work'),
    H('CAREER HISTORY'),
    ...job('Approved Electrician', 'Severn Electrical Services Ltd, Bristol', 'Mar 2019 \u2013 Present', [
      'Install, test and certify electrical systems for commercial fit-outs, schools and care homes.',
      'Run a team of 2 electricians and 1 apprentice on contracts up to \u00a3450k.',
      'Completed 120+ EICR inspections for a housing association in 2023 with no rejected reports.',
      'Responsible for ordering materials and keeping site paperwork, RAMS and permits up to date.',
      'Liaise with main contractors, site managers and clients on programme and variations.',
    ]),
    ...job('Electrician', 'Avon Electrical Contractors, Bath', 'Jun 2015 \u2013 Feb 2019', [
      'Carry out first and second fix wiring on new-build housing developments.',
      'Wired over 200 new-build homes across four developments for two national housebuilders.',
      'Fault finding, repairs and maintainance on three-phase distribution boards and lighting circuits.',
      'Helped to train two apprentices through their NVQ portfolios.',
    ]),
    ...job('Apprentice Electrician', 'Avon Electrical Contractors, Bath', 'Sep 2011 \u2013 May 2015', [
      'Worked alongside qualified electricians on domestic rewires, consumer unit changes and commercial sites.',
      'Completed my NVQ Level 3 and AM2 assessment first time.',
    ]),
    H('KEY ACHIEVEMENTS'),
    bullet('dot', 'Named Severn Electrical \u201cEngineer of the Year\u201d 2021 for quality and customer feedback.'),
    bullet('dot', 'Cut call-backs on my team\u2019s jobs from 9 in 2021 to zero in 2022.'),
    bullet('dot', 'Part of the team that rewired a Grade II listed library in Clifton while it stayed open to the public.'),
    H('QUALIFICATIONS & TRAINING'),
    qual('NVQ Level 3 Diploma in Electrotechnical Services \u2013 City of Bristol College', '2015'),
    qual('AM2 Assessment \u2013 JTL', '2015'),
    qual('City & Guilds 2391-52 Inspection and Testing', '2018'),
    qual('18th Edition Wiring Regulations (BS 7671:2018+A2:2022)', '2022'),
    qual('IPAF 3a/3b and PASMA', '2020'),
    qual('ECS/JIB Gold Card \u2013 Approved Electrician', 'Current'),
    H('EDUCATION'),
    para([run('Hartcliffe School, Bristol', { bold: true }), tab(), run('2006 \u2013 2011')], { tabStops: right }),
    para('9 GCSEs grades A*\u2013C including Maths, English and Science'),
    H('ADDITIONAL INFORMATION'),
    para('Full UK driving licence (clean) \u2013 own van and tools. Enhanced DBS checked (2023). Willing to travel within the South West.'),
    H('INTERESTS'),
    para('Five-a-side football, mountain biking in the Forest of Dean and restoring old motorbikes.'),
    H('REFEREES'),
    new Table({
      width: { size: W, type: WidthType.DXA }, columnWidths: [Math.floor(W / 2), Math.floor(W / 2)], borders: NO_BORDERS,
      rows: [new TableRow({ children: [
        cell(['Mark Hollis', 'Contracts Manager', 'Severn Electrical Services Ltd', 'Tel: 0117 496 0321', 'mark.hollis@severn-electrical.co.uk']),
        cell(['Dave Cotterell', 'Director', 'Avon Electrical Contractors', 'Tel: 01225 496018', 'dave@avonelectrical.co.uk']),
      ] })],
    }),
    para(''),
  ];
  const footer = new Footer({ children: [para([run('Gareth Price \u2013 CV', { size: 16, color: '666666' }), tab(), new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '666666' })], { tabStops: right })] });
  await save('cv-uk-electrician', new Document({
    styles: styles('Arial', 20), numbering: NUMBERING,
    sections: [{ properties: { page: { size: A4, margin: { top: 1020, bottom: 1020, left: 1077, right: 1077 } } }, footers: { default: footer }, children }],
  }));
}

// ---- 2. Australian early-childhood educator: "Duties:" / "Achievements:" per role ---------------
async function auEducator() {
  const TEAL = '1F6F78';
  const H = (t) => para([run(t, { bold: true, size: 26, color: TEAL })], {
    spacing: { before: 240, after: 80 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: TEAL, space: 2 } },
    keepNext: true,
  });
  const label = (t) => para([run(t, { bold: true, italics: true })], { spacing: { before: 60 }, keepNext: true });
  const job = (title, orgLine, duties, achievements) => [
    para([run(title, { bold: true, size: 23 })], { spacing: { before: 160 }, keepNext: true }),
    para([run(orgLine, { color: '555555' })], { keepNext: true }),
    ...(duties.length ? [label('Duties:'), ...duties.map((b) => bullet('sym', b))] : []),
    ...(achievements.length ? [label('Achievements:'), ...achievements.map((b) => bullet('sym', b))] : []),
  ];
  const children = [
    para([run('Mei Lin Tran', { bold: true, size: 44, color: TEAL })]),
    para([run('Early Childhood Educator (Diploma)', { size: 24 })]),
    para([run('Mobile: 0412 345 678  |  Email: meilin.tran.ece@gmail.com  |  Location: Blacktown NSW 2148', { size: 20 })], { spacing: { before: 60 } }),
    H('Career Objective'),
    para('Diploma-qualified educator with 7 years in long day care, currently leading the toddler room. I am looking for a Room Leader or 2IC position in a centre that values play-based learning and strong relationships with families.'),
    H('Key Skills'),
    bullet('sym', 'Programming and documentation under the EYLF (V2.0) and NQS'),
    bullet('sym', 'Observations, learning stories and family communication (Storypark, Xplor)'),
    bullet('sym', 'Behaviour guidance and supporting children with additional needs'),
    bullet('sym', 'Mentoring Certificate III trainees and casual staff'),
    H('Employment History'),
    ...job('Room Leader \u2013 Toddler Room (2\u20133 years)', 'Little Wattle Early Learning Centre, Blacktown NSW  |  Jan 2022 \u2013 Present', [
      'Lead a team of 3 educators caring for up to 15 toddlers each day.',
      'Plan and evaluate the weekly play-based program in line with the EYLF.',
      'Responsible for room ratios, rosters during breaks and daily sign-in records.',
      'Communicate with families through Storypark and daily conversations at pick-up.',
    ], [
      'Room rated \u201cExceeding\u201d in Quality Area 5 (Relationships with Children) at the 2023 assessment and rating visit.',
      'Raised family engagement on Storypark from 40% to 85% of families in six months.',
    ]),
    ...job('Early Childhood Educator', 'Sunbeam Kids Early Learning, Parramatta NSW  |  Mar 2019 \u2013 Dec 2021', [
      'Provide care and education to babies and toddlers in a 90-place centre.',
      'Write observations and learning stories for 8 focus children.',
      'Assisted the Room Leader with programming and setting up the environment.',
      'Maintain hygiene, sleep and meal records to the centre\u2019s policies.',
    ], [
      'Completed my Diploma while working full-time.',
    ]),
    ...job('Casual Educator', 'Kidsafe Staffing Agency (various centres), Western Sydney  |  Jul 2018 \u2013 Feb 2019', [
      'Worked across 12 centres covering staff absences in all age groups.',
      'Followed each centre\u2019s routines and child safe policies at short notice.',
    ], []),
    para([run('Retail Assistant', { bold: true, size: 23 })], { spacing: { before: 160 }, keepNext: true }),
    para([run('Kmart, Mount Druitt NSW  |  2015 \u2013 2018', { color: '555555' })]),
    H('Education & Qualifications'),
    para([run('Diploma of Early Childhood Education and Care (CHC50121)', { bold: true })], { spacing: { before: 60 } }),
    para('TAFE NSW, Mount Druitt  |  2021'),
    para([run('Certificate III in Early Childhood Education and Care (CHC30113)', { bold: true })], { spacing: { before: 60 } }),
    para('TAFE NSW, Mount Druitt  |  2018'),
    para([run('Higher School Certificate', { bold: true })], { spacing: { before: 60 } }),
    para('Chifley College, Mount Druitt  |  2014'),
    H('Licences & Checks'),
    bullet('sym', 'Working With Children Check (NSW) \u2013 WWC1234567E, valid to 2028'),
    bullet('sym', 'HLTAID012 Provide First Aid in an Education and Care Setting \u2013 current to 2026'),
    bullet('sym', 'Child Protection (Mandatory Reporter) training \u2013 2025'),
    bullet('sym', 'NSW Driver Licence (Class C)'),
    H('Personal Details'),
    para('Australian citizen. Languages: English and Vietnamese (fluent).'),
    H('Referees'),
    para('Available upon request.'),
  ];
  await save('cv-au-early-childhood-educator', new Document({
    styles: styles('Calibri', 22), numbering: NUMBERING,
    sections: [{ properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  }));
}

await ukElectrician();
await auEducator();

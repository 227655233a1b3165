// word2-docx.mjs OUTDIR — writes the seven word2-family probe résumés as real .docx files, in the
// look of Word's built-in résumé templates and of plain self-typed Word documents: bottom-bordered
// ALL CAPS headings, a shaded name band with small-caps role lines, one borderless table holding the
// whole résumé, a text-box header with a 3-column skills table, the "Basic" template with paragraphs
// and bullets, a licensed electrician's work history, and Word section columns (not a table).
// The people, employers and numbers are fictional.
//
// Needs the `docx` npm package installed outside the repository (DOCX_HOME, default /tmp/wordprobe):
//   mkdir -p /tmp/wordprobe && cd /tmp/wordprobe && npm init -y && npm install docx
// make-word2.sh --docx runs this; the .docx files it writes are the committed sources.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire((process.env.DOCX_HOME || '/tmp/wordprobe') + '/');
const d = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Tab, TabStopType, LevelFormat, AlignmentType, Footer, Header,
  PageNumber, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, Textbox, Column,
  ColumnBreak, SectionType,
} = d;

const OUT = process.argv[2] || '.';
mkdirSync(OUT, { recursive: true });

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
    { reference: 'sym', levels: [bulletLevel('\uF0B7', 'Symbol')] },
    { reference: 'sym-tight', levels: [bulletLevel('\uF0B7', 'Symbol', 288, 216)] },
    { reference: 'dot', levels: [bulletLevel('•', 'Calibri', 360, 360)] },
    { reference: 'check', levels: [bulletLevel('\uF0FC', 'Wingdings', 360, 360)] },
    { reference: 'circle', levels: [bulletLevel('o', 'Courier New', 360, 360)] },
  ],
};

const run = (text, o = {}) => new TextRun({ text, ...o });
function para(children, o = {}) {
  if (typeof children === 'string') children = [run(children)];
  return new Paragraph({ children, ...o });
}
const rightTab = (pos) => [{ type: TabStopType.RIGHT, position: pos }];
const bullet = (ref, text, o = {}) =>
  para(typeof text === 'string' ? [run(text)] : text, { numbering: { reference: ref, level: 0 }, ...o });
const tab = (o = {}) => new TextRun({ children: [new Tab()], ...o });

async function save(id, doc) {
  const buf = await Packer.toBuffer(doc);
  writeFileSync(join(OUT, `${id}.docx`), buf);
  console.log(`wrote ${id}.docx`);
}
const styles = (font, size, extra = {}) => ({ default: { document: { run: { font, size }, ...extra } } });

// ---- 1. ICU nurse: plain self-typed, one column, 2 pages ------------------------------------------
async function nurse() {
  const H = (t) => para([run(t, { bold: true })], {
    spacing: { before: 240, after: 100 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
  const job = (org, title, dates, bullets) => [
    para([run(org, { bold: true })], { spacing: { before: 160 }, keepNext: true }),
    para([run(title, { italics: true })], { keepNext: true }),
    para(dates, { keepNext: true, spacing: { after: 40 } }),
    ...bullets.map((b) => bullet('sym', b)),
  ];
  const children = [
    para([run('DANIELLE M. OKAFOR, RN, BSN, CCRN', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
    para('1148 Larchmont Avenue, Columbus, OH 43214  |  (614) 555-0187  |  dokafor.rn@gmail.com', { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
    H('PROFESSIONAL SUMMARY'),
    para('Critical care registered nurse with 9 years of experience in medical-surgical, medical ICU and cardiovascular ICU settings at Level I trauma and teaching hospitals. I am skilled in managing ventilated patients, titrating vasoactive drips, CRRT and post-open-heart recovery. Known for staying calm during rapid responses and codes, and for family-centered communication at the bedside.'),
    H('LICENSURE & CERTIFICATIONS'),
    bullet('sym', 'Registered Nurse, Ohio Board of Nursing, License #RN.512847 (expires 08/2026)'),
    bullet('sym', 'CCRN (Adult), American Association of Critical-Care Nurses'),
    bullet('sym', 'ACLS, BLS and PALS – American Heart Association'),
    bullet('sym', 'NIH Stroke Scale Certification'),
    H('PROFESSIONAL EXPERIENCE'),
    ...job('OhioHealth Riverside Methodist Hospital, Columbus, OH', 'Charge Nurse, Cardiovascular ICU', 'June 2021 – Present', [
      'Coordinate staffing and patient assignments for a 28-bed CVICU with 12–14 RNs per shift.',
      'Serve as first responder for rapid response and code blue events throughout the hospital.',
      'Precept new graduate and transfer nurses; have oriented 15 nurses since 2022 with 100% one-year retention.',
      'Led the unit practice council project on CAUTI prevention that reduced catheter days by 22% in 2023.',
      'Manage post-operative care of CABG, valve replacement and LVAD patients, including IABP and Impella support.',
      'Responsible for daily unit safety huddles and escalating staffing and equipment concerns to the nurse manager.',
    ]),
    ...job('OhioHealth Riverside Methodist Hospital, Columbus, OH', 'Staff Nurse, Cardiovascular ICU', 'March 2019 – June 2021', [
      'Provided care for 2–3 critically ill patients per shift, including fresh post-cardiac surgery and ECMO patients.',
      'Titrate vasoactive and sedation drips per protocol and monitor hemodynamics through PA catheters and arterial lines.',
      'Served as Epic super-user during the 2020 upgrade, training 40+ staff on the new ICU flowsheets.',
      'Participated in the unit’s Beacon Award application, which the unit recieved in 2020.',
    ]),
    ...job('The Ohio State University Wexner Medical Center, Columbus, OH', 'Registered Nurse, Medical Intensive Care Unit', 'August 2016 – February 2019', [
      'Cared for critically ill adults with sepsis, ARDS, DKA and multi-organ failure in a 36-bed MICU.',
      'Manage ventilated patients, prone positioning and spontaneous breathing trials with respiratory therapy.',
      'Assisted with bedside procedures including central line placement, bronchoscopy and emergent intubation.',
      'Member of the sepsis committee; helped revise the nurse-driven sepsis screening tool.',
    ]),
    ...job('Mount Carmel East Hospital, Columbus, OH', 'Registered Nurse, Medical-Surgical Unit', 'June 2015 – July 2016', [
      'Delivered care to 5–6 patients per shift on a 32-bed medical-surgical and telemetry unit.',
      'Educated patients and families on discharge medications, wound care and follow-up appointments.',
      'Completed the hospital’s twelve-month RN residency program.',
    ]),
    H('EDUCATION'),
    para([run('Chamberlain University, Chicago, IL (online)', { bold: true })], { spacing: { before: 120 } }),
    para([run('Master of Science in Nursing – Nurse Educator Specialty Track', { italics: true })]),
    para('Expected December 2025'),
    para([run('Capital University, Columbus, OH', { bold: true })], { spacing: { before: 120 } }),
    para([run('Bachelor of Science in Nursing, cum laude', { italics: true })]),
    para('May 2015'),
    H('CLINICAL SKILLS'),
    bullet('sym', 'Mechanical ventilation, proning, ARDSnet protocols'),
    bullet('sym', 'Vasoactive, sedation and insulin drip titration'),
    bullet('sym', 'CRRT (Prismaflex), IABP, Impella, ECMO circuit checks'),
    bullet('sym', 'Arterial lines, PA catheters, central lines, EVD monitoring'),
    bullet('sym', 'Epic, Pyxis, Alaris and Sigma infusion pumps'),
    H('PROFESSIONAL AFFILIATIONS'),
    para('American Association of Critical-Care Nurses (AACN), member since 2017'),
    para('Central Ohio Chapter of AACN, Chapter Secretary, 2022–2024'),
    H('REFERENCES'),
    para('Available upon request.'),
  ];
  const header = new Header({ children: [para([run('Danielle M. Okafor, RN – Page ', { size: 18 }), new TextRun({ children: [PageNumber.CURRENT], size: 18 })], { alignment: AlignmentType.RIGHT })] });
  const first = new Header({ children: [para('')] });
  await save('word2-icu-nurse-plain', new Document({
    styles: styles('Times New Roman', 23), numbering: NUMBERING,
    sections: [{ properties: { titlePage: true, page: { size: LETTER, margin: { top: 1080, bottom: 1080, left: 1260, right: 1260 } } }, headers: { default: header, first }, children }],
  }));
}

// ---- 2. Teacher: Word "Modern chronological"-like template ---------------------------------------
async function teacher() {
  const BLUE = '1F6E8C';
  const H = (t) => para([run(t, { bold: true, size: 28, color: BLUE })], { spacing: { before: 280, after: 100 } });
  const role = (title, org, dates) => para([run(`${title} | ${org} | ${dates}`, { smallCaps: true, bold: true, size: 22, color: '404040' })], { spacing: { before: 160, after: 60 }, keepNext: true });
  const band = (text, o) => para([run(text, o)], { shading: { type: ShadingType.CLEAR, fill: BLUE, color: 'auto' }, indent: { left: 0, right: 0 } });
  const children = [
    band(' ', { size: 14 }),
    band('Marisol Ventura-Hughes', { size: 52, color: 'FFFFFF', font: 'Cambria' }),
    band('Bilingual Elementary & Middle School Teacher', { size: 24, color: 'DDEBF7' }),
    band(' ', { size: 14 }),
    para([run('Round Rock, TX 78664  ·  512.555.0143  ·  mventura.teach@outlook.com  ·  linkedin.com/in/marisolventurahughes', { size: 19 })], { spacing: { before: 120, after: 120 } }),
    H('Profile'),
    para('Bilingual (English/Spanish) teacher with seven years in Title I elementary and middle school classrooms. I build classrooms where students feel safe to take risks, and I use MAP and STAAR data to plan small-group instruction that closes gaps. Strong partner to families, colleagues and campus leadership.'),
    H('Experience'),
    role('6th Grade Math & Science Teacher', 'Cedar Valley Middle School', 'August 2021 – Present'),
    bullet('dot', 'Teach five sections of sixth grade math and one section of science to about 140 students a year.'),
    bullet('dot', 'Raised the share of students meeting grade level on STAAR math from 54% to 71% in two years.'),
    bullet('dot', 'Sponsor the campus robotics club, which placed 3rd at the 2024 Central Texas VEX IQ regional.'),
    bullet('dot', 'Co-plan units with the 6th grade PLC and write common formative assessments for each unit.'),
    bullet('dot', 'Communicate with families in English and Spanish through ClassDojo, conferences and home visits.'),
    role('4th Grade Bilingual Teacher', 'Brookhollow Elementary School', 'August 2018 – June 2021'),
    bullet('dot', 'Taught all core subjects in a one-way dual-language classroom of 22–24 students.'),
    bullet('dot', 'Design and deliver guided reading groups in Spanish and English using Fountas & Pinnell levels.'),
    bullet('dot', 'Worked with the campus interventionist to build RTI plans for struggling readers.'),
    bullet('dot', 'Moved 80% of students up at least one full reading level by the spring benchmark.'),
    bullet('dot', 'Organised the school’s first Family Literacy Night, attended by more than 150 families.'),
    bullet('dot', 'Transitioned the class to remote learning on Google Classroom during spring 2020 with daily live lessons.'),
    role('Student Teacher', 'Baty Elementary, Del Valle ISD', 'January 2018 – May 2018'),
    bullet('dot', 'Planned and taught a fractions unit and a persuasive writing unit under a mentor teacher.'),
    bullet('dot', 'Assisted in daily classroom managment and parent communication.'),
    H('Education'),
    role('M.Ed., Curriculum and Instruction', 'Concordia University Texas', 'December 2022'),
    para('Capstone: Math discourse routines for emergent bilingual students.'),
    role('B.S., Interdisciplinary Studies (EC-6 Bilingual)', 'Texas State University', 'May 2018'),
    para('Minor in Mathematics; Dean’s List six semesters.'),
    H('Certifications'),
    bullet('dot', 'Texas Educator Certificate: Core Subjects with Science of Teaching Reading EC-6'),
    bullet('dot', 'Bilingual Education Supplemental (Spanish) and ESL Supplemental'),
    bullet('dot', 'Mathematics 4-8'),
    H('Skills'),
    bullet('dot', 'Guided math and guided reading in English and Spanish'),
    bullet('dot', 'Classroom management (CHAMPS, restorative circles)'),
    bullet('dot', 'Google Classroom, Canvas, Nearpod, Eduphoria'),
    bullet('dot', 'Data-driven instruction with MAP Growth and STAAR'),
  ];
  await save('word2-teacher-modern-chrono', new Document({
    styles: styles('Calibri', 21), numbering: NUMBERING,
    sections: [{ properties: { page: { size: LETTER, margin: { top: 720, bottom: 720, left: 1080, right: 1080 } } }, children }],
  }));
}

// ---- 3. Warehouse: one borderless table, dates in the left cell ----------------------------------
async function warehouse() {
  const L = 1900, R = 8180;
  const cell = (children, w, o = {}) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: CELL_NO_BORDERS, margins: { top: 40, bottom: 40, left: 80, right: 80 }, ...o });
  const row = (left, right) => new TableRow({ children: [cell(typeof left === 'string' ? [para([run(left, { bold: true, color: '555555' })])] : left, L), cell(right, R)] });
  const head = (t) => new TableRow({ children: [cell([para([run(t.toUpperCase(), { bold: true, size: 24, color: '2F5496' })], { spacing: { before: 200 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '2F5496', space: 1 } } })], L + R, { columnSpan: 2 })] });
  const job = (dates, head, bullets) => row(dates, [para([run(head, { bold: true })]), ...bullets.map((b) => bullet('sym-tight', b))]);
  const rows = [
    new TableRow({ children: [cell([
      para([run('TERRENCE J. WHITFIELD', { bold: true, size: 40 })]),
      para('4127 Winchester Road, Memphis, TN 38118  •  901-555-0134  •  tjwhitfield76@yahoo.com'),
    ], L + R, { columnSpan: 2 })] }),
    head('Summary'),
    new TableRow({ children: [cell([para('')], L), cell([para('Warehouse shift supervisor with 11 years in distribution centers, from forklift and reach truck operator to leading a 30-person night shift. Safety-first, OSHA 10 certified and comfortable with WMS, RF scanning and Kronos. My goal is to grow into an operations manager role with a growing 3PL.')], R)] }),
    head('Work Experience'),
    job('2019 – Present', 'Shift Supervisor, Nexgen Logistics, Memphis, TN', [
      'Supervise a night shift of 25–30 associates across receiving, putaway and outbound loading.',
      'Cut mis-ships by 38% in 2022 by adding a second scan check at the dock doors.',
      'Build the weekly schedule and approve time and attendance in Kronos.',
      'Train new hires on powered industrial truck safety and sign off forklift evaluations.',
      'Resposible for cycle counts; held night-shift inventory accuracy at 99.6% for 2023.',
    ]),
    job('2016 – 2019', 'Lead Forklift Operator, Nexgen Logistics, Memphis, TN', [
      'Led a crew of 6 forklift and reach truck operators on second shift.',
      'Loaded and unloaded 40+ trailers per shift with zero recordable accidents in three years.',
      'Assist the supervisor with daily labor planning, break coverage and door assignments.',
    ]),
    job('2013 – 2016', 'Forklift Operator, Ridgeway Cold Storage, Olive Branch, MS', [
      'Operated sit-down and stand-up forklifts, reach trucks and order pickers in a frozen food warehouse.',
      'Picked and staged grocery orders using RF scanners and the Manhattan WMS.',
      'Maintained a 99% pick accuracy rate.',
    ]),
    job('2012 – 2013', 'Warehouse Associate (Seasonal), Tri-State Fulfillment, Memphis, TN', []),
    head('Certifications'),
    row('Current', [para('Forklift / PIT Certified – sit-down, stand-up, reach truck, order picker')]),
    row('2024', [para('OSHA 10-Hour General Industry')]),
    row('2023', [para('CPR / First Aid / AED – American Red Cross')]),
    head('Education'),
    row('2021', [para([run('Supervisory Leadership Certificate, ', { bold: true }), run('Southwest Tennessee Community College')])]),
    row('2011', [para([run('High School Diploma, ', { bold: true }), run('Hillcrest High School, Memphis, TN')])]),
    head('Skills'),
    new TableRow({ children: [cell([para('')], L), cell([para('Manhattan WMS, RF scanners, Kronos, Microsoft Excel and Outlook, cycle counting, load planning, dock scheduling, 5S, bilingual safety talks (basic Spanish)')], R)] }),
  ];
  const table = new Table({ rows, width: { size: L + R, type: WidthType.DXA }, columnWidths: [L, R], borders: NO_BORDERS });
  await save('word2-forklift-table-dates', new Document({
    styles: styles('Arial', 20), numbering: NUMBERING,
    sections: [{ properties: { page: { size: LETTER, margin: { top: 864, bottom: 864, left: 1080, right: 1080 } } }, children: [table, para('')] }],
  }));
}

// ---- 4. Sales AE: text-box header, 3-column Key Skills table, right-tabbed dates ------------------
async function sales() {
  const W = 10080;
  const GREY = 'E7E6E6';
  const H = (t) => para([run(t, { bold: true, size: 24, color: 'C00000' })], { spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C00000', space: 1 } } });
  const job = (title, dates, org, bullets) => [
    para([run(title, { bold: true }), tab(), run(dates, { bold: true })], { tabStops: rightTab(W), spacing: { before: 140 }, keepNext: true }),
    para([run(org, { italics: true })], { keepNext: true }),
    ...bullets.map((b) => bullet('sym', b)),
  ];
  const box = new Textbox({
    style: { width: '7in', height: '1.05in' },
    children: [
      para([run('KENDRA L. BAPTISTE', { bold: true, size: 40, color: '262626' })], { alignment: AlignmentType.CENTER, shading: { type: ShadingType.CLEAR, fill: GREY, color: 'auto' } }),
      para([run('Senior Account Executive – B2B Services & SaaS', { size: 22 })], { alignment: AlignmentType.CENTER, shading: { type: ShadingType.CLEAR, fill: GREY, color: 'auto' } }),
      para([run('Charlotte, NC  |  704.555.0162  |  kendra.baptiste@gmail.com  |  linkedin.com/in/kendrabaptiste', { size: 19 })], { alignment: AlignmentType.CENTER, shading: { type: ShadingType.CLEAR, fill: GREY, color: 'auto' } }),
    ],
  });
  const sk = [
    ['Consultative Selling', 'Salesforce CRM & CPQ', 'Contract Negotiation'],
    ['Pipeline Forecasting', 'Territory Planning', 'Cold Calling & Prospecting'],
    ['Enterprise Account Management', 'MEDDIC / Challenger Sale', 'Executive Presentations'],
  ];
  const third = Math.floor(W / 3);
  const skills = new Table({
    width: { size: W, type: WidthType.DXA }, columnWidths: [third, third, third], borders: NO_BORDERS,
    rows: sk.map((r) => new TableRow({ children: r.map((s) => new TableCell({ width: { size: third, type: WidthType.DXA }, borders: CELL_NO_BORDERS, children: [bullet('sym-tight', s)] })) })),
  });
  const children = [
    new Paragraph({ children: [box] }),
    H('Professional Summary'),
    para('Quota-driven B2B account executive with 7 years selling facilities services and payroll SaaS into mid-market and enterprise accounts. Averaged 128% of quota over the last three years; President’s Club in 2022 and 2024. Known for long-cycle deals with hospitals, universities and multi-site operators.'),
    H('Key Skills'),
    skills,
    H('Professional Experience'),
    ...job('Senior Account Executive', 'Mar 2022 – Present', 'Brightline Facility Solutions, Charlotte, NC', [
      'Own a $4.2M book of business across 38 hospital and university accounts in the Carolinas.',
      'Closed 2024 at 134% of a $1.8M new-business quota; ranked #2 of 41 account executives nationally.',
      'Landed the company’s largest single contract, a 5-year, $3.1M custodial agreement with a regional health system.',
      'Partner with operations leaders on scoping, site walks and transition plans for every bid.',
      'Mentor two junior reps on discovery calls, pricing and proposal writing.',
    ]),
    ...job('Account Executive', 'Jun 2019 – Feb 2022', 'Stratus Payroll Software, Charlotte, NC', [
      'Sold payroll and HR software to mid-sized businesses across North and South Carolina.',
      'Exceeded annual quota three years in a row (112%, 121% and 126%).',
      'Generate 15–20 qualified meetings a month through cold calls, LinkedIn and partner referrals.',
      'Manage the full sales cycle from discovery to close and handoff to the implementation team.',
      'Was involved in rolling out Salesforce CPQ to the regional sales team.',
    ]),
    ...job('Sales Development Representative', 'Jan 2018 – May 2019', 'Stratus Payroll Software, Charlotte, NC', [
      'Booked an average of 22 demos per month, 140% of target.',
      'Promoted to Account Executive after 16 months.',
    ]),
    ...job('Retail Sales Associate', '2016 – 2017', 'Wireless Zone, Gastonia, NC', [
      'Sold phones, plans and accessories; top seller in the district for 5 months.',
    ]),
    H('Education'),
    para([run('Bachelor of Arts, Communication Studies', { bold: true }), tab(), run('2016', { bold: true })], { tabStops: rightTab(W) }),
    para([run('University of North Carolina at Charlotte', { italics: true })]),
    H('Awards'),
    bullet('sym', 'President’s Club, Brightline Facility Solutions – 2022, 2024'),
    bullet('sym', 'Rookie of the Year, Stratus Payroll Software – 2019'),
  ];
  await save('word2-sales-ae-textbox', new Document({
    styles: styles('Calibri', 21), numbering: NUMBERING,
    sections: [{ properties: { page: { size: LETTER, margin: { top: 720, bottom: 720, left: 1080, right: 1080 } } }, children }],
  }));
}

// ---- 5. Call centre CSR: Word "Basic" template, paragraphs and bullets ----------------------------
async function csr() {
  const TEAL = '1E7B75';
  const H = (t) => para([run(t.toUpperCase(), { bold: true, size: 24, color: TEAL })], { spacing: { before: 280, after: 80 }, keepNext: true });
  const dates = (t) => para([run(t.toUpperCase(), { size: 18, color: '595959' })], { spacing: { before: 160 }, keepNext: true });
  const head = (title, org) => para([run(title + ', ', { bold: true, size: 22 }), run(org, { size: 22 })], { keepNext: true, spacing: { after: 40 } });
  const children = [
    para([run('Alyssa Renee Dominguez', { size: 56, font: 'Calibri Light', color: '262626' })]),
    para([run('11820 Pebble Hills Blvd, El Paso, TX 79936  |  (915) 555-0118  |  alyssa.dominguez92@gmail.com', { size: 19, color: '595959' })], { spacing: { after: 120 } }),
    H('Summary'),
    para('Patient, upbeat customer service representative with six years of inbound phone, chat and email support in telecom and health insurance. I consistently hit quality and handle-time goals and I am comfortable de-escalating upset callers. Looking for a team lead or quality analyst role where I can coach other agents.'),
    H('Experience'),
    dates('March 2022 – Present'),
    head('Member Services Representative II', 'Sunbelt Health Plans'),
    para('Answer 60–80 inbound calls a day from members and providers about eligibility, claims, prior authorizations and ID cards in a HIPAA-regulated call center.', { spacing: { after: 60 } }),
    bullet('dot', 'Maintain a 94% average quality score and a 4.8/5 post-call survey rating.'),
    bullet('dot', 'Resolve escalated billing complaints before they become formal grievances.'),
    bullet('dot', 'Chosen as a floor mentor for new hires when they come out of nesting.'),
    bullet('dot', 'Worked on the pilot of the new Genesys softphone and gave weekly feedback to IT.'),
    dates('August 2019 – February 2022'),
    head('Customer Care Specialist', 'Lonestar Wireless'),
    para('Handled inbound calls for postpaid wireless customers covering billing, plan changes, device troubleshooting and retention offers.', { spacing: { after: 60 } }),
    bullet('dot', 'Saved 31% of customers calling to cancel, above the 25% center goal.'),
    bullet('dot', 'Process payments, credits and plan adjustments in the billing system.'),
    bullet('dot', 'Recieved the “Customer Champion” award twice in 2021.'),
    bullet('dot', 'Helped customers set up online accounts and AutoPay to lower repeat calls.'),
    dates('June 2017 – July 2019'),
    head('Call Center Agent', 'Desert Sun Medical Billing'),
    para('Took inbound patient calls about statements, payment plans and insurance balances for a billing office serving 12 physician practices. Set up payment plans and updated insurance information in athenaCollector. Left for a full-time schedule with benefits.'),
    H('Education'),
    dates('May 2017'),
    head('Associate of Applied Science, Business Management', 'El Paso Community College'),
    dates('June 2013'),
    head('High School Diploma', 'Americas High School'),
    H('Skills'),
    bullet('dot', 'Bilingual English / Spanish'),
    bullet('dot', 'Typing 65 WPM'),
    bullet('dot', 'Genesys Cloud, Salesforce Service Cloud, Zendesk'),
    bullet('dot', 'De-escalation and complaint handling'),
    bullet('dot', 'Microsoft Word, Excel and Outlook'),
    H('Volunteer Experience'),
    dates('2020 – Present'),
    head('Client Intake Volunteer', 'Kelly Center for Hunger Relief'),
    para('Staff the Saturday client intake desk twice a month and help sort donations.'),
    dates('Spring 2019'),
    head('VITA Tax Volunteer', 'United Way of El Paso County'),
    bullet('dot', 'Prepared basic tax returns for low-income families under IRS-certified supervision.'),
    bullet('dot', 'Greeted clients and checked documents before their appointments.'),
  ];
  await save('word2-csr-basic-paragraphs', new Document({
    styles: styles('Calibri', 21), numbering: NUMBERING,
    sections: [{ properties: { page: { size: LETTER, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } }, children }],
  }));
}

// ---- 6. Electrician: licenses, projects, work history with short stints --------------------------
async function electrician() {
  const W = 10080;
  const H = (t) => para([run(t, { bold: true, size: 24, allCaps: false, color: '000000' })], {
    spacing: { before: 220, after: 80 }, shading: { type: ShadingType.CLEAR, fill: 'FFE699', color: 'auto' },
  });
  const job = (title, dates, org, bullets) => [
    para([run(title, { bold: true }), tab(), run(dates)], { tabStops: rightTab(W), spacing: { before: 140 }, keepNext: true }),
    para(org, { keepNext: true }),
    ...bullets.map((b) => bullet('check', b)),
  ];
  const proj = (bold, rest) => bullet('sym', [run(bold, { bold: true }), run(rest)]);
  const children = [
    para([run('CODY A. BRANNIGAN', { bold: true, size: 40 })]),
    para([run('Licensed Journeyman Electrician', { size: 24, italics: true })]),
    para('Aurora, CO 80012  •  720-555-0196  •  cbrannigan.electric@gmail.com', { spacing: { after: 100 } }),
    H('Career Summary'),
    para('Colorado licensed journeyman electrician with 10+ years in commercial, healthcare and multifamily construction. Strong in conduit bending, service upgrades, fire alarm and reading blueprints. I work safe, I show up on time, and my crews finish on schedule.'),
    H('Licenses'),
    bullet('sym', 'Colorado Journeyman Electrician License #JW.0128845 – exp. 09/2026'),
    bullet('sym', 'OSHA 30-Hour Construction'),
    bullet('sym', 'NFPA 70E Arc Flash Safety – 2024'),
    bullet('sym', 'Aerial & Scissor Lift Operator'),
    H('Projects'),
    proj('$1.2M hospital wing', ' – Parkview Medical Center, Pueblo, CO (2022): lead journeyman on branch circuits, nurse call rough-in and generator tie-in'),
    proj('$850K 120-unit apartment complex', ' – Central Park, Denver (2021): service entrance, meter banks and unit wiring'),
    proj('$400K grocery store remodel', ' – Littleton, CO (2019): refrigeration circuits and LED lighting retrofit'),
    proj('2000A switchgear replacement', ' – Aurora school district office (2023): overnight shutdown finished in 9 hours'),
    H('Work History'),
    ...job('Journeyman Electrician', '01/2021 - Current', 'Front Range Electric Co. – Denver, CO', [
      'Run a crew of 3–5 on commercial tenant finish and healthcare jobs up to $1.5M.',
      'Lay out and bend EMT and rigid conduit up to 4" from blueprints and field changes.',
      'Install panels, transformers, VFDs and fire alarm devices to NEC 2023 and local code.',
      'Troubleshoot and repair circuits during punch list and warranty calls.',
      'Responsible for daily JHA sign-offs and lockout/tagout on my crew.',
    ]),
    ...job('Journeyman Electrician', '03/2019 - 11/2019', 'Summit Power & Light – Castle Rock, CO', [
      'Wired 60+ single-family homes from rough-in to trim-out in a new subdivision.',
      'Upgrade residential services from 100A to 200A and install EV charger circuits.',
    ]),
    ...job('Journeyman Electrician (contract)', '11/2018 - 02/2019', 'Mile High Electrical Contractors – Denver, CO', []),
    ...job('Journeyman Electrician', '03/2017 - 11/2018', 'Rocky Mountain Electric – Colorado Springs, CO', [
      'Installed underground conduit, pull boxes and site lighting for a 14-acre retail center.',
      'Pull wire, terminate and label feeders for commercial buildings.',
      'Worked with the foreman on material takeoffs and ordering.',
    ]),
    ...job('Apprentice Electrician', '06/2013 - 02/2017', 'Kessler Electric – Colorado Springs, CO', [
      'Completed 8,000 on-the-job hours in commercial and industrial work.',
      'Assisted journeymen with conduit runs, wire pulls and device installation.',
      'Kept the job trailer and gang boxes stocked and organized.',
    ]),
    H('Education & Training'),
    para([run('4-Year Electrical Apprenticeship Program', { bold: true }), tab(), run('2017')], { tabStops: rightTab(W) }),
    para('IEC Rocky Mountain – Denver, CO'),
    para([run('Electrical Technology Coursework', { bold: true }), tab(), run('2012 - 2013')], { tabStops: rightTab(W), spacing: { before: 100 } }),
    para('Pueblo Community College – Pueblo, CO'),
    H('Tools & Skills'),
    para('Conduit bending (EMT, rigid, PVC)  •  Blueprint reading  •  NEC code  •  Service upgrades  •  Fire alarm  •  Motor controls  •  Fluke meters and megger testing  •  Trimble layout'),
  ];
  await save('word2-electrician-licensed', new Document({
    styles: styles('Arial', 20), numbering: NUMBERING,
    sections: [{
      properties: { page: { size: LETTER, margin: { top: 864, bottom: 864, left: 1080, right: 1080 } } },
      footers: { default: new Footer({ children: [para([run('Cody A. Brannigan  |  Page ', { size: 16 }), new TextRun({ children: [PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })], { alignment: AlignmentType.CENTER })] }) },
      children,
    }],
  }));
}

// ---- 7. Marketing coordinator: Word section columns, narrow left column, 1 page ------------------
async function marketing() {
  const PLUM = '7030A0';
  const H = (t) => para([run(t.toUpperCase(), { bold: true, size: 21, color: PLUM })], { spacing: { before: 200, after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: PLUM, space: 1 } } });
  const s = (t, o = {}) => para([run(t, { size: 18, ...o })]);
  const job = (title, org, dates, bullets) => [
    para([run(title, { bold: true, size: 20 })], { spacing: { before: 120 }, keepNext: true }),
    para([run(org, { size: 18 }), run('  |  ' + dates, { size: 18, color: '595959' })], { keepNext: true }),
    ...bullets.map((b) => bullet('sym-tight', [run(b, { size: 18 })])),
  ];
  const top = [
    para([run('HANNAH CHO', { bold: true, size: 44, color: PLUM })]),
    para([run('Marketing Coordinator  ·  Social, Email & Events', { size: 22, color: '595959' })], { spacing: { after: 120 } }),
  ];
  const left = [
    H('Contact'),
    s('Minneapolis, MN'), s('612-555-0177'), s('hannah.cho.mktg@gmail.com'), s('linkedin.com/in/hannahcho-mktg'), s('hannahcho.co'),
    H('Skills'),
    ...['Social media strategy', 'Email marketing', 'Content calendars', 'Copywriting', 'Event coordination', 'Influencer outreach', 'Basic video editing'].map((t) => bullet('sym-tight', [run(t, { size: 18 })])),
    H('Tools'),
    s('Klaviyo, Mailchimp, HubSpot, Canva, Adobe Express, Later, Sprout Social, Google Analytics 4, Asana'),
    H('Education'),
    s('B.A., Strategic Communication', { bold: true }), s('University of Minnesota – Twin Cities'), s('May 2020'),
    H('Certifications'),
    s('Google Analytics Certification, 2023'), s('HubSpot Inbound Marketing, 2022'),
  ];
  const right = [
    H('Profile'),
    para([run('Marketing coordinator with four years of experience running social, email and event campaigns for consumer and real estate brands. Comfortable owning a content calendar end to end, from brief to posting to reporting.', { size: 18 })]),
    H('Experience'),
    ...job('Marketing Coordinator', 'Northloop Outdoor Co., Minneapolis, MN', 'May 2022 – Present', [
      'Plan and schedule 20+ social posts a week across Instagram, TikTok, Facebook and LinkedIn.',
      'Grew Instagram following from 8K to 31K in 18 months through creator partnerships and Reels.',
      'Coordinate product launch emails in Klaviyo; launch campaigns average a 42% open rate.',
      'Manage the marketing calender and write briefs for the in-house design team.',
      'Responsible for trade show logistics for Outdoor Retailer and regional dealer events.',
    ]),
    ...job('Marketing Assistant', 'Lakes & Co. Realty, Edina, MN', 'Aug 2020 – Apr 2022', [
      'Created listing flyers, social graphics and email newsletters in Canva and Mailchimp.',
      'Write neighborhood guide blog posts that lifted organic site traffic by 60%.',
      'Assisted agents with open house promotion and event signage.',
      'Tracked campaign results in Google Analytics and reported monthly to the managing broker.',
    ]),
    ...job('Marketing Intern', 'Twin Cities PBS, St. Paul, MN', 'Summer 2019', [
      'Helped the digital team schedule posts and pull engagement reports.',
      'Wrote copy for a year-end fundraising email that raised $18,000 in pledges.',
    ]),
  ];
  const page = { size: LETTER, margin: { top: 720, bottom: 720, left: 900, right: 900 } };
  await save('word2-marketing-coord-columns', new Document({
    styles: styles('Calibri', 20), numbering: NUMBERING,
    sections: [
      { properties: { page }, children: top },
      {
        properties: { page, type: SectionType.CONTINUOUS, column: { count: 2, equalWidth: false, space: 432, children: [new Column({ width: 3240, space: 432 }), new Column({ width: 6768 })] } },
        children: [...left, para([new ColumnBreak()]), ...right],
      },
    ],
  }));
}

await nurse();
await teacher();
await warehouse();
await sales();
await csr();
await electrician();
await marketing();

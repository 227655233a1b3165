// word-docx.mjs OUTDIR — writes the seven Word-family probe résumés as real .docx files.
//
// Each résumé is built the way a person builds one in Microsoft Word: right tab stops for dates,
// borderless tables for two-column templates, Word numbering with Symbol/Wingdings bullet glyphs,
// headers/footers with PAGE / NUMPAGES fields. The people, employers and numbers are fictional.
//
// Needs the `docx` npm package installed outside the repository (DOCX_HOME, default /tmp/wordprobe):
//   mkdir -p /tmp/wordprobe && cd /tmp/wordprobe && npm init -y && npm install docx
// make-word.sh --docx runs this; the .docx files it writes are the committed sources.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire((process.env.DOCX_HOME || '/tmp/wordprobe') + '/');
const d = require('docx');
const {
  Document, Packer, Paragraph, TextRun, Tab, TabStopType, LevelFormat, AlignmentType, Footer, Header,
  PageNumber, Table, TableRow, TableCell, WidthType, BorderStyle, ShadingType, VerticalAlign,
} = d;

const OUT = process.argv[2] || '.';
mkdirSync(OUT, { recursive: true });

// ---- shared bits -------------------------------------------------------------------------------
const LETTER = { width: 12240, height: 15840 };
const NOB = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NOB, bottom: NOB, left: NOB, right: NOB, insideHorizontal: NOB, insideVertical: NOB };
const CELL_NO_BORDERS = { top: NOB, bottom: NOB, left: NOB, right: NOB };

function bulletLevel(text, font, left = 360, hanging = 360, size) {
  return {
    level: 0, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left, hanging } }, run: font ? { font, ...(size ? { size } : {}) } : {} },
  };
}
const NUMBERING = {
  config: [
    { reference: 'sym', levels: [bulletLevel('\uF0B7', 'Symbol')] },            // Word's default "•"
    { reference: 'sym-ind', levels: [bulletLevel('\uF0B7', 'Symbol', 2160, 270)] },
    { reference: 'arrow', levels: [bulletLevel('\uF0D8', 'Wingdings')] },       // "➢"
    { reference: 'square', levels: [bulletLevel('\uF0A7', 'Wingdings', 288, 216, 16)] }, // "▪"
    { reference: 'square2', levels: [bulletLevel('\uF0A7', 'Wingdings', 288, 216, 16)] },
    { reference: 'square3', levels: [bulletLevel('\uF0A7', 'Wingdings', 288, 216, 16)] },
    { reference: 'dot', levels: [bulletLevel('•', 'Calibri')] },
    { reference: 'dash', levels: [bulletLevel('–', 'Times New Roman', 360, 270)] },
    { reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }] },
    { reference: 'num2', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } }] },
  ],
};

const run = (text, o = {}) => new TextRun({ text, ...o });
const tabbed = (left, right, o = {}) => [
  ...(Array.isArray(left) ? left : [run(left, o.l || {})]),
  new TextRun({ children: [new Tab(), right], ...(o.r || {}) }),
];
function para(children, o = {}) {
  if (typeof children === 'string') children = [run(children)];
  return new Paragraph({ children, ...o });
}
const rightTab = (pos) => [{ type: TabStopType.RIGHT, position: pos }];
const bullet = (ref, text, o = {}) => para(typeof text === 'string' ? [run(text)] : text, { numbering: { reference: ref, level: 0 }, ...o });

async function save(id, doc) {
  const buf = await Packer.toBuffer(doc);
  writeFileSync(join(OUT, `${id}.docx`), buf);
  console.log(`wrote ${id}.docx`);
}

function pageXofY(prefix = '', align = AlignmentType.CENTER, size = 18) {
  const kids = [];
  if (prefix) kids.push(prefix);
  kids.push('Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES);
  return new Footer({ children: [new Paragraph({ alignment: align, children: [new TextRun({ children: kids, size })] })] });
}
const emptyHF = (C) => new C({ children: [new Paragraph('')] });

// ---- 1. Administrative assistant / office manager: classic chronological ---------------------------
async function admin() {
  const W = 10080; // 0.75" margins on Letter
  const H = (t) => para([run(t, { bold: true, size: 24, color: '1F3864' })], {
    spacing: { before: 200, after: 80 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 1 } },
  });
  const role = (title, org, dates) => para(tabbed([run(title, { bold: true }), run(' | '), run(org, { bold: true })], dates), { tabStops: rightTab(W), spacing: { before: 160 } });
  const place = (t) => para([run(t, { italics: true })], { spacing: { after: 40 } });
  const b = (t) => bullet('sym', t, { spacing: { after: 20 } });
  const skills3 = (a, b2, c) => para([run(a), new TextRun({ children: [new Tab(), b2] }), new TextRun({ children: [new Tab(), c] })], {
    tabStops: [{ type: TabStopType.LEFT, position: 3360 }, { type: TabStopType.LEFT, position: 6720 }], spacing: { after: 20 },
  });
  const doc = new Document({
    creator: 'Denise Carrow', title: 'Denise Carrow Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      properties: { page: { size: LETTER, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
      children: [
        para([run('DENISE M. CARROW', { bold: true, size: 40, color: '1F3864' })], { alignment: AlignmentType.CENTER }),
        para('Columbus, OH 43214  |  (614) 555-0137  |  denise.carrow@outlook.com  |  linkedin.com/in/denisecarrow', { alignment: AlignmentType.CENTER, spacing: { after: 120 } }),
        H('PROFESSIONAL SUMMARY'),
        para('Office manager with 11 years of experience keeping busy dental and insurance offices organized, on budget and running on time. I am the person providers and staff come to for scheduling, payroll, vendor and billing questions, and I enjoy building simple systems that make everyone\'s day easier.', { spacing: { after: 60 } }),
        H('CORE SKILLS'),
        skills3('Scheduling & calendar management', 'Payroll & timekeeping (ADP)', 'Accounts payable / receivable'),
        skills3('Dentrix & Applied Epic', 'Microsoft 365 (Excel, Outlook)', 'QuickBooks Online'),
        skills3('Vendor & contract management', 'HIPAA compliance', 'Front desk & patient intake'),
        H('PROFESSIONAL EXPERIENCE'),
        role('Office Manager', 'Brightwater Family Dentistry', 'Mar 2019 – Present'),
        place('Westerville, OH'),
        b('Manage a front office team of 6 handling scheduling, billing and patient intake for a 3-dentist practice.'),
        b('Reduced unpaid patient balances by 22% in the first year by setting up automated statement reminders in Dentrix.'),
        b('Responsible for payroll processing, timekeeping and benefits enrollment for 14 employees.'),
        b('Adjust provider schedules daily to accomodate same-day emergencies and cancellations.'),
        b('Coordinate vendor contracts for dental supplies, janitorial and IT services.'),
        b('Oversaw the move to a new 4,200 sq ft office in 2021 with no lost clinic days.'),
        role('Administrative Assistant', 'Hollins & Reed Insurance Agency', 'Jun 2015 – Feb 2019'),
        place('Columbus, OH'),
        b('Answer a multi-line phone system and greet walk-in clients, routing about 80 calls a day.'),
        b('Prepared policy renewal packets and certificates of insurance for commercial accounts.'),
        b('Assisted with the conversion of paper client files to Applied Epic, scanning over 3,000 files.'),
        b('Set up a shared Sharepoint calendar for agent appointments and conference room bookings.'),
        b('Maintain office supply inventory and place orders within the monthly budget.'),
        role('Receptionist', 'Hollins & Reed Insurance Agency', 'Aug 2014 – Jun 2015'),
        place('Columbus, OH'),
        b('Promoted to Administrative Assistant after 10 months.'),
        role('Data Entry Clerk (Temporary)', 'Robert Half', 'Summer 2013'),
        place('Columbus, OH'),
        H('EDUCATION'),
        para(tabbed([run('Associate of Applied Business, Office Administration', { bold: true }), run(' | Columbus State Community College')], 'May 2014'), { tabStops: rightTab(W), spacing: { before: 80 } }),
        place('Columbus, OH'),
        H('CERTIFICATIONS'),
        b('Microsoft Office Specialist (MOS): Excel Associate, 2020'),
        b('CPR/AED, American Red Cross, 2023'),
      ],
    }],
  });
  await save('word-admin-office-manager', doc);
}

// ---- 2. HVAC service technician: two-column Word table template -------------------------------------
async function hvac() {
  const LW = 3200, RW = 7600; // 0.7" margins => 10840 text width
  const side = { fill: 'DCE6F0', type: ShadingType.CLEAR, color: 'auto' };
  const LH = (t) => para([run(t, { bold: true, size: 22, color: '17365D' })], { spacing: { before: 240, after: 80 } });
  const RH = (t) => para([run(t, { bold: true, size: 24, color: '17365D' })], {
    spacing: { before: 200, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '17365D', space: 1 } },
  });
  const L = (t, o = {}) => para([run(t, o)], { spacing: { after: 40 } });
  const sk = (t) => bullet('square', t, { spacing: { after: 30 } });
  const job = (title, dates, org) => [
    para(tabbed([run(title, { bold: true })], dates, { r: { bold: true } }), { tabStops: rightTab(RW - 240), spacing: { before: 160 } }),
    para([run(org, { italics: true })], { spacing: { after: 40 } }),
  ];
  const b = (t) => bullet('sym', t, { spacing: { after: 30 } });
  const left = [
    LH('CONTACT'),
    L('(480) 555-0192'),
    L('ruben.esparza.hvac@gmail.com'),
    L('Mesa, AZ 85203'),
    LH('SKILLS'),
    sk('Refrigerant recovery & charging'),
    sk('Heat pumps & package units'),
    sk('Low-voltage controls & wiring'),
    sk('Ductless mini-splits (Mitsubishi, Daikin)'),
    sk('Rooftop units (RTUs)'),
    sk('ServiceTitan mobile'),
    sk('Customer service & sales'),
    sk('Bilingual: English / Spanish'),
    LH('CERTIFICATIONS'),
    L('EPA Section 608 – Universal'),
    L('NATE Certified – Air Conditioning & Heat Pump Service'),
    L('OSHA 10-Hour Construction'),
    L('Arizona Driver License, clean MVR'),
    LH('EDUCATION'),
    L('HVAC/R Technician Diploma', { bold: true }),
    L('UEI College'),
    L('Phoenix, AZ'),
    L('2012'),
  ];
  const right = [
    RH('PROFILE'),
    para('EPA 608 Universal certified HVAC service technician with 10+ years in residential and light commercial service across the Phoenix metro. My focus is fixing it right the first time, explaining options honestly to homeowners, and keeping my van and paperwork in order.', { spacing: { after: 60 } }),
    RH('WORK EXPERIENCE'),
    ...job('Senior Service Technician', '04/2018 – Present', 'Sonoran Comfort Heating & Air, Mesa, AZ'),
    b('Diagnose and repair residential and light commercial split systems, heat pumps and package units, averaging 6 service calls per day.'),
    b('Lead technician on the maintenance agreement program, growing enrolled customers from 900 to 2,300.'),
    b('Train and ride along with apprentice techs on refrigerant charging, superheat/subcooling and electrical troubleshooting.'),
    b('Recover and recharge refrigerants in compliance with EPA Section 608 regulations.'),
    b('Recieved Technician of the Year award in 2021 out of 28 service techs.'),
    ...job('HVAC Service Technician', '06/2014 – 03/2018', 'Valley Wide Mechanical, Phoenix, AZ'),
    b('Performed preventive maintenance on rooftop units for commercial accounts including schools and retail centers.'),
    b('Troubleshoot control boards, compressors, condenser fan motors and thermostats.'),
    b('Responsible for keeping service van stocked and parts inventory accurate.'),
    b('Sold $180K in replacement equipment and add-ons in 2017 by giving clear good/better/best options.'),
    ...job('Installer Helper', '01/2013 – 06/2014', 'Valley Wide Mechanical, Phoenix, AZ'),
    b('Assisted lead installers with new construction rough-ins, duct installation and equipment setting.'),
    b('Worked on up to 12 tract homes per week during peak season.'),
    ...job('Maintenance Technician', '08/2010 – 12/2012', 'Mission Palms Apartments, Tempe, AZ'),
    b('Handled HVAC filter changes, make-ready repairs and work orders for a 240-unit apartment community.'),
    RH('REFERENCES'),
    para('Available upon request.'),
  ];
  const doc = new Document({
    creator: 'Ruben Esparza', title: 'Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Arial', size: 19 } } } },
    sections: [{
      properties: { page: { size: LETTER, margin: { top: 720, bottom: 720, left: 700, right: 700 } } },
      children: [
        para([run('RUBEN T. ESPARZA', { bold: true, size: 44, color: '17365D' })]),
        para([run('HVAC Service Technician', { size: 26, color: '595959' })], { spacing: { after: 200 } }),
        new Table({
          width: { size: LW + RW, type: WidthType.DXA }, columnWidths: [LW, RW], borders: NO_BORDERS,
          rows: [new TableRow({
            children: [
              new TableCell({ width: { size: LW, type: WidthType.DXA }, shading: side, borders: CELL_NO_BORDERS, margins: { left: 160, right: 160, top: 80, bottom: 80 }, children: left }),
              new TableCell({ width: { size: RW, type: WidthType.DXA }, borders: CELL_NO_BORDERS, margins: { left: 280, right: 80 }, children: right }),
            ],
          })],
        }),
      ],
    }],
  });
  await save('word-hvac-technician-table', doc);
}

// ---- 3. Staff → senior accountant: Harvard/"professional" look, 2 pages, "Page 2 of 2" ---------------
async function accountant() {
  const W = 9360;
  const H = (t) => para([run(t, { bold: true, size: 22 })], {
    spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
  const org = (name, city) => para(tabbed([run(name, { bold: true })], city, { r: { bold: true } }), { tabStops: rightTab(W), spacing: { before: 140 } });
  const title = (t, dates) => para(tabbed([run(t, { italics: true })], dates, { r: { italics: true } }), { tabStops: rightTab(W), spacing: { after: 20 } });
  const b = (t) => bullet('sym', t, { spacing: { after: 10 } });
  const doc = new Document({
    creator: 'Kevin Marchetti', title: 'Kevin Marchetti - Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 23 } } } },
    sections: [{
      properties: { titlePage: true, page: { size: LETTER, margin: { top: 1080, bottom: 1080, left: 1440, right: 1440 } } },
      headers: { first: emptyHF(Header), default: emptyHF(Header) },
      footers: { first: emptyHF(Footer), default: pageXofY('', AlignmentType.CENTER, 20) },
      children: [
        para([run('KEVIN B. MARCHETTI, CPA', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
        para('1184 Larkspur Lane, Naperville, IL 60540 • (630) 555-0174 • kevin.b.marchetti@gmail.com', { alignment: AlignmentType.CENTER }),
        para('linkedin.com/in/kevinbmarchetti-cpa', { alignment: AlignmentType.CENTER, spacing: { after: 60 } }),
        H('SUMMARY'),
        para('CPA with 8 years of progressive experience in general ledger accounting, external audit and financial reporting for mid-size manufacturing and distribution companies. Known for shortening the close, cleaning up reconciliations, and explaining the numbers in plain language to operations leaders.'),
        H('EXPERIENCE'),
        org('Halvorsen Industrial Supply Co.', 'Oak Brook, IL'),
        title('Senior Accountant', 'Apr 2021 – Present'),
        b('Own month-end close for three operating entities ($140M combined revenue), cutting the close from 9 to 5 business days.'),
        b('Prepare consolidated financial statements, flux analysis and the monthly board reporting package.'),
        b('Lead the annual external audit with Grant Thornton, including PBC lists and walkthroughs; no audit adjustments in FY2023.'),
        b('Implemented BlackLine for account reconciliations, automating 60% of 420 monthly reconcilations.'),
        b('Responsible for ASC 842 lease accounting for 38 leased branch locations.'),
        b('Train and review the work of 2 staff accountants.'),
        title('Staff Accountant', 'Aug 2018 – Mar 2021'),
        b('Prepared monthly journal entries, accruals and balance sheet reconciliations for AP, fixed assets and prepaid accounts.'),
        b('Maintain the fixed asset register of 2,100+ assets and calculate depreciation in Sage Intacct.'),
        b('Assisted in the 2019 ERP conversion from Microsoft Dynamics GP to Sage Intacct, mapping the chart of accounts.'),
        b('Reduced vendor payment errors by 35% by creating a three-way match checklist for accounts payable.'),
        org('Baird & Lindqvist LLP', 'Chicago, IL'),
        title('Audit Associate', 'Sep 2016 – Jul 2018'),
        b('Performed audit fieldwork for manufacturing and distribution clients with revenues from $20M to $300M.'),
        b('Tested internal controls over revenue, inventory and payroll cycles.'),
        b('Drafted financial statement footnotes and management letter comments.'),
        b('Participated in physical inventory observations at 15+ client warehouses.'),
        title('Audit Intern', 'Summer 2015'),
        b('Supported audit seniors with cash and accounts receivable confirmations.'),
        b('Built an Excel tracker for 250 confirmation requests that the team kept using the next season.'),
        org('Naperville Park District', 'Naperville, IL'),
        title('Accounts Payable Clerk (Part-Time)', 'Sep 2013 – May 2016'),
        para('Entered and coded vendor invoices, matched purchase orders and filed W-9s while attending college full time.', { indent: { left: 360 } }),
        H('EDUCATION'),
        org('Northern Illinois University', 'DeKalb, IL'),
        title('Bachelor of Science in Accountancy', 'May 2016'),
        b('GPA 3.6/4.0; Beta Alpha Psi; Dean\'s List, 6 semesters'),
        H('LICENSES & CERTIFICATIONS'),
        b('Certified Public Accountant (CPA), State of Illinois, 2018'),
        b('BlackLine Certified Administrator, 2022'),
        H('TECHNICAL SKILLS'),
        para([run('ERP / Close: ', { bold: true }), run('Sage Intacct, Microsoft Dynamics GP, NetSuite (working knowledge), BlackLine, FloQast')]),
        para([run('Excel / Reporting: ', { bold: true }), run('Pivot tables, XLOOKUP, Power Query, Power BI, SQL basics')]),
        para([run('Audit: ', { bold: true }), run('CaseWare, IDEA data analytics, SOX-style control testing')]),
        H('VOLUNTEER'),
        org('VITA – Naperville Community Tax Site', 'Naperville, IL'),
        title('Volunteer Tax Preparer', 'Jan 2017 – Present'),
        b('Prepare federal and Illinois returns for low-income families and seniors each tax season, about 40 returns a year.'),
        b('Quality-review returns prepared by first-year volunteers.'),
      ],
    }],
  });
  await save('word-senior-accountant', doc);
}

// ---- 4. Pharmacy technician: dates in a left column (hanging indent + tab), no table -----------------
async function pharmacy() {
  const COL = 1800;
  const H = (t) => para([run(t, { bold: true, size: 26, color: '0B5394' })], { spacing: { before: 220, after: 100 } });
  const head = (dates, rest) => para([run(dates), new TextRun({ children: [new Tab()] }), ...rest], {
    indent: { left: COL, hanging: COL }, tabStops: [{ type: TabStopType.LEFT, position: COL }], spacing: { before: 120 },
  });
  const sub = (t) => para([run(t, { italics: true })], { indent: { left: COL }, spacing: { after: 40 } });
  const desc = (t) => para(t, { indent: { left: COL }, spacing: { after: 40 } });
  const b = (t) => bullet('sym-ind', t, { spacing: { after: 20 } });
  const doc = new Document({
    creator: 'Alyssa Nguyen', title: 'Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Arial Narrow', size: 22 } } } },
    sections: [{
      properties: { page: { size: LETTER, margin: { top: 1008, bottom: 1008, left: 1152, right: 1152 } } },
      children: [
        para([run('Alyssa R. Nguyen, CPhT', { bold: true, size: 40 })]),
        para('8420 Gerber Road, Apt 12, Sacramento, CA 95828  ·  (916) 555-0148  ·  alyssa.nguyen.cpht@yahoo.com', {
          spacing: { after: 60 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '0B5394', space: 4 } },
        }),
        H('Profile'),
        para('Certified pharmacy technician with 7 years in retail and hospital pharmacy, including sterile compounding in a USP 797 cleanroom. I am dependable, calm under pressure and have strong knowlege of insurance billing, controlled substance handling and automated dispensing cabinets.', { indent: { left: COL } }),
        H('Experience'),
        head('2022 – Present', [run('Certified Pharmacy Technician II', { bold: true }), run(', Kaiser Permanente')]),
        sub('South Sacramento Medical Center, Sacramento, CA'),
        b('Compound sterile IV admixtures and TPN in a USP 797 cleanroom, averaging 120 preparations per shift.'),
        b('Restock Pyxis MedStation cabinets for 9 nursing units and resolve overrides with nursing staff.'),
        b('Work closely with pharmacists to resolve medication discrepancies, backorders and shortages.'),
        b('Trained 5 new technicians on aseptic technique and cleanroom gowning.'),
        head('2018 – 2022', [run('Pharmacy Technician', { bold: true }), run(', CVS Health')]),
        sub('Elk Grove, CA'),
        b('Processed up to 300 prescriptions per day, including insurance adjudication and prior authorizations.'),
        b('Assist patients at drop-off, pick-up and drive-thru windows.'),
        b('Responsible for inventory ordering, returns to wholesaler and controlled substance counts.'),
        b('Helped run the store\'s flu shot clinic scheduling, which gave over 1,500 vaccinations in the 2020 season.'),
        b('Reconciled C-II perpetual inventory with zero discrepencies in 3 DEA and corporate audits.'),
        head('2017 – 2018', [run('Pharmacy Clerk', { bold: true }), run(', Rite Aid')]),
        sub('Sacramento, CA'),
        desc('Ran the pharmacy register, answered phones and stocked over-the-counter aisles while completing my pharmacy technician training.'),
        H('Education & Training'),
        head('2017', [run('Pharmacy Technician Certificate', { bold: true }), run(', Carrington College')]),
        sub('Sacramento, CA'),
        b('Completed a 120-hour externship at a Walgreens community pharmacy.'),
        head('2015', [run('High School Diploma', { bold: true }), run(', Florin High School')]),
        sub('Sacramento, CA'),
        H('Licenses & Certifications'),
        head('2017', [run('PTCB Certified Pharmacy Technician (CPhT)')]),
        head('2017', [run('California Board of Pharmacy – Pharmacy Technician License (TCH), active')]),
        head('2023', [run('CSPT – Compounded Sterile Preparation Technician (PTCB)')]),
        head('2024', [run('BLS for Healthcare Providers, American Heart Association')]),
        H('Skills'),
        para('Pyxis MedStation  ·  Omnicell  ·  Epic Willow  ·  RxConnect  ·  Sterile & non-sterile compounding  ·  Insurance billing & prior auths  ·  DEA recordkeeping  ·  Bilingual English / Vietnamese', { indent: { left: COL } }),
      ],
    }],
  });
  await save('word-pharmacy-technician', doc);
}

// ---- 5. Operations manager: functional/hybrid ---------------------------------------------------------
async function operations() {
  const H = (t) => para([run(t, { bold: true, size: 24 })], {
    spacing: { before: 200, after: 80 }, alignment: AlignmentType.LEFT,
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 2 } },
  });
  const sub = (t) => para([run(t, { bold: true, italics: true })], { spacing: { before: 100, after: 20 } });
  const b = (t) => bullet('arrow', t, { spacing: { after: 20 } });
  const line = (title, rest) => para([run(title, { bold: true }), run(rest)], { spacing: { after: 40 } });
  const doc = new Document({
    creator: 'James Holloway', title: 'Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      properties: { page: { size: LETTER, margin: { top: 900, bottom: 900, left: 1080, right: 1080 } } },
      children: [
        para([run('JAMES R. HOLLOWAY', { bold: true, size: 36 })], { alignment: AlignmentType.CENTER }),
        para('Dayton, OH 45419  |  937-555-0163  |  jholloway.ops@gmail.com  |  linkedin.com/in/jrholloway', { alignment: AlignmentType.CENTER, spacing: { after: 80 } }),
        H('SUMMARY OF QUALIFICATIONS'),
        b('18 years leading food manufacturing and distribution operations with up to 220 employees across 3 shifts.'),
        b('Strong background in P&L managment, lean manufacturing, labor planning and capital projects.'),
        b('I am a hands-on leader who spends time on the floor and builds supervisors into managers.'),
        b('Lean Six Sigma Green Belt; ServSafe Manager; OSHA 30-Hour General Industry.'),
        H('PROFESSIONAL SKILLS & ACCOMPLISHMENTS'),
        sub('Leadership'),
        b('Led a team of 8 supervisors and 220 hourly associates at a 180,000 sq ft snack food plant.'),
        b('Cut first-year turnover from 48% to 29% by launching a 90-day onboarding and mentoring program.'),
        b('Responsible for hiring, coaching and performance reviews for all production supervisors.'),
        sub('Operations'),
        b('Raised line OEE from 61% to 78% through SMED changeovers and daily tier meetings.'),
        b('Managed a $14M annual operating budget and a $2.5M capital plan.'),
        b('Worked with maintenance to build a preventive maintenance schedule in Fiix CMMS.'),
        sub('Safety & Quality'),
        b('Reached 1,100 days without a lost-time injury.'),
        b('Led the plant through SQF Level 2 certification with a score of 96 (Excellent).'),
        b('Developed standard work instructions for sanitation and allergen changeovers.'),
        sub('Cost Control'),
        b('Lowered raw material waste by $620K per year with yield tracking by line and shift.'),
        b('Renegotiated freight and packaging contracts, saving 11% in the first year.'),
        H('WORK HISTORY'),
        line('Operations Consultant (Contract)', ', Miami Valley Manufacturing Extension Partnership, Dayton OH, 2024–Present'),
        line('Operations Manager', ', Acme Foods, Dayton OH, 2016–2023'),
        line('Production Manager', ', Acme Foods, Dayton OH, 2012–2016'),
        line('Production Supervisor', ', Buckeye Bakery Co., Springfield OH, 2008–2012'),
        line('Shift Lead', ', Crossroads Snacks, Troy OH, 2005–2008'),
        H('EDUCATION'),
        line('B.S. Industrial Engineering', ', Wright State University, Dayton OH, 2005'),
        H('CERTIFICATIONS & TRAINING'),
        b('Lean Six Sigma Green Belt, University of Dayton, 2014'),
        b('ServSafe Manager Certification, 2022'),
        b('OSHA 30-Hour General Industry, 2019'),
        b('SQF Practitioner, 2017'),
        H('TECHNICAL SKILLS'),
        para('SAP S/4HANA (PP/MM), Fiix CMMS, Power BI, Microsoft Excel, Kronos Workforce, Redzone'),
      ],
    }],
  });
  await save('word-operations-manager-functional', doc);
}

// ---- 6. Litigation attorney: 3 pages, name in the header on every page, numbered lists ----------------
async function attorney() {
  const W = 9360;
  const H = (t) => para([run(t, { bold: true, smallCaps: true, size: 26 })], {
    spacing: { before: 240, after: 100 }, border: { bottom: { style: BorderStyle.DOUBLE, size: 4, color: '000000', space: 1 } },
  });
  const role = (title, dates) => para(tabbed([run(title, { bold: true })], dates), { tabStops: rightTab(W), spacing: { before: 140 } });
  const firm = (t) => para([run(t, { italics: true })], { spacing: { after: 40 } });
  const b = (t) => bullet('dash', t, { spacing: { after: 30 } });
  const n = (t) => bullet('num', t, { spacing: { after: 80 }, alignment: AlignmentType.JUSTIFIED });
  const pub = (t) => bullet('num2', t, { spacing: { after: 60 } });
  const matter = (caption, text) => n([run(caption, { italics: true }), run(' ' + text)]);
  const firstHeader = new Header({
    children: [
      para([run('MARGARET E. SULLIVAN-REYES', { bold: true, size: 32 })], { alignment: AlignmentType.CENTER }),
      para('2250 N. Lincoln Park West, Unit 9B, Chicago, Illinois 60614', { alignment: AlignmentType.CENTER }),
      para('(312) 555-0189  |  msullivanreyes@protonmail.com', { alignment: AlignmentType.CENTER }),
    ],
  });
  const laterHeader = new Header({
    children: [para([run('Margaret E. Sullivan-Reyes', { bold: true }), new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT] })], {
      tabStops: rightTab(W), border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } },
    })],
  });
  const doc = new Document({
    creator: 'Margaret Sullivan-Reyes', title: 'Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Cambria', size: 23 } } } },
    sections: [{
      properties: { titlePage: true, page: { size: LETTER, margin: { top: 1800, bottom: 1296, left: 1440, right: 1440, header: 720 } } },
      headers: { first: firstHeader, default: laterHeader },
      footers: { first: emptyHF(Footer), default: emptyHF(Footer) },
      children: [
        H('Profile'),
        para('Trial lawyer with 20 years of experience in complex commercial litigation, product liability and business tort disputes in state and federal courts and in arbitration. I have first-chaired 17 trials to verdict and argued before the Seventh Circuit and the Illinois Appellate Court. My clients are manufacturers, logistics companies and privately held businesses that want a lawyer who can take a case to trial and knows when not to.', { alignment: AlignmentType.JUSTIFIED }),
        H('Bar Admissions'),
        b('State of Illinois, 2004'),
        b('State of Wisconsin, 2014'),
        b('U.S. District Court for the Northern District of Illinois (Trial Bar), 2004'),
        b('U.S. District Court for the Eastern District of Wisconsin, 2014'),
        b('U.S. Court of Appeals for the Seventh Circuit, 2009'),
        H('Professional Experience'),
        role('Partner', 'January 2015 – Present'),
        firm('Harrington Blake LLP, Chicago, Illinois'),
        b('Lead trial teams of 3 to 8 attorneys in commercial contract, business tort and product liability disputes.'),
        b('First-chaired 11 jury trials and 6 bench trials to verdict, plus more than 20 AAA and JAMS arbitrations.'),
        b('Manage a book of business of approximately $3.2 million in annual billings.'),
        b('Serve on the firm\'s Associate Development Committee and supervise the summer associate program.'),
        b('Draft dispositive motions, appellate briefs and expert disclosures in high-exposure matters.'),
        role('Senior Associate', 'January 2009 – December 2014'),
        firm('Whitcombe & Dahl LLP, Chicago, Illinois'),
        b('Took 4 jury trials to verdict as second chair, including a $14.6 million verdict for a logistics client.'),
        b('Manage discovery in multi-district litigation involving over 2 million documents.'),
        b('Argued summary judgment and Daubert motions in the Northern District of Illinois.'),
        b('Responsible for supervising junior associates and contract attorneys on document review.'),
        role('Associate', 'September 2005 – December 2008'),
        firm('Whitcombe & Dahl LLP, Chicago, Illinois'),
        b('Drafted discovery requests, deposition outlines and motions in limine.'),
        b('Assisted partners with trial preparation in construction defect and insurance coverage matters.'),
        b('Took and defended more than 60 depositions of fact and expert witnesses.'),
        role('Judicial Law Clerk to the Hon. Robert W. Castellano', 'August 2004 – August 2005'),
        firm('United States District Court for the Northern District of Illinois, Chicago, Illinois'),
        para('Researched and drafted opinions on motions to dismiss, summary judgment and post-trial motions in civil and criminal cases. Attended trials and evidentiary hearings and advised the judge on evidentiary issues.', { indent: { left: 360 }, alignment: AlignmentType.JUSTIFIED }),
        H('Representative Matters'),
        matter('Midwest Cold Storage, Inc. v. Tranter Refrigeration Co.', '(N.D. Ill.) – Obtained a defense verdict after a three-week jury trial in a $22 million breach of warranty action arising from an ammonia system failure.'),
        matter('In re Lakeshore Trucking Antitrust Litigation', '(N.D. Ill.) – Lead counsel for a regional carrier; negotiated dismissal of all claims against the client before class certification.'),
        matter('Prairie State Grain Cooperative v. Heartland Ag Equipment, LLC', '(Cook County Circuit Court) – Won a $9.8 million jury verdict for a farm cooperative in a fraud and breach of contract case, affirmed on appeal.'),
        matter('Badger Plastics Corp. v. Northline Resin Supply', '(E.D. Wis.) – Succesfully defended a manufacturer against trade secret and tortious interference claims; court granted summary judgment on all counts.'),
        matter('Confidential AAA Arbitration', '– Represented a national third-party logistics provider in a $31 million dispute over warehouse losses that occured during a 2019 roof collapse; obtained an award of 100% of the client\'s counterclaim.'),
        matter('Okonkwo v. Fairline Ladder Co.', '(Ill. App. Ct., 1st Dist.) – Argued and won reversal of a $4.1 million product liability judgment on the basis of improper expert testimony.'),
        matter('Great Lakes Dredge Suppliers v. City of Waukegan', '(N.D. Ill.) – Defended a contractor in a public construction payment dispute; resolved through mediation for less than 15% of the amount claimed.'),
        matter('Regional Hospital System Vendor Disputes', '– Served as national coordinating counsel for a medical device distributor in 14 related collection and breach of contract actions in six states.'),
        H('Education'),
        role('Northwestern University Pritzker School of Law', 'Chicago, Illinois'),
        firm('J.D., cum laude, May 2004'),
        b('Northwestern University Law Review, Articles Editor'),
        b('Julius Miner Moot Court Competition, Semifinalist'),
        role('University of Notre Dame', 'Notre Dame, Indiana'),
        firm('B.A., Political Science, May 2001'),
        H('Publications & Speaking'),
        pub('"Taking the Expert Out of the Case: Daubert Strategy in Product Liability Defense," Illinois Bar Journal, Vol. 108 (2020).'),
        pub('"Arbitration or Trial? Choosing the Forum for Supply-Chain Disputes," Chicago Bar Association Litigation Seminar, March 2022.'),
        pub('"Preserving Error for Appeal in Jury Trials," Illinois Institute for Continuing Legal Education, 2018 and 2023.'),
        H('Honors'),
        b('Illinois Super Lawyers, Business Litigation, 2016 – 2024'),
        b('Leading Lawyers Network, Commercial Litigation, 2018 – Present'),
        b('Fellow, Litigation Counsel of America, 2021'),
        H('Pro Bono'),
        role('Volunteer Attorney, Chicago Volunteer Legal Services', '2010 – Present'),
        para('Represent tenants and small business owners in eviction and contract disputes, handling two to three matters each year.', { indent: { left: 360 } }),
        H('Professional Affiliations'),
        b('Chicago Bar Association – Litigation Committee (Chair, 2019 – 2021)'),
        b('American Board of Trial Advocates (ABOTA), Member'),
        b('Seventh Circuit Bar Association'),
        b('DRI – The Voice of the Defense Bar'),
      ],
    }],
  });
  await save('word-litigation-attorney', doc);
}

// ---- 7. Police officer → corporate security manager: career changer -------------------------------
async function security() {
  const W = 10080;
  const H = (t) => para([run(t.toUpperCase(), { bold: true, size: 24, color: '7B2C2C', characterSpacing: 20 })], {
    spacing: { before: 220, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '7B2C2C', space: 1 } },
  });
  const job = (title, org, dates) => [
    para([run(title, { bold: true, size: 23 })], { spacing: { before: 160 } }),
    para([run(org)]),
    para([run(dates, { italics: true, color: '595959' })], { spacing: { after: 40 } }),
  ];
  const b = (t) => bullet('dot', t, { spacing: { after: 20 } });
  const desc = (t) => para(t, { spacing: { after: 40 }, alignment: AlignmentType.LEFT });
  const cell = (ref, items) => new TableCell({ width: { size: W / 3, type: WidthType.DXA }, borders: CELL_NO_BORDERS, children: items.map((t) => bullet(ref, t, { spacing: { after: 20 } })) });
  const doc = new Document({
    creator: 'Darnell Whitfield', title: 'Resume', numbering: NUMBERING,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{
      properties: { titlePage: true, page: { size: LETTER, margin: { top: 1008, bottom: 1008, left: 1080, right: 1080 } } },
      headers: { first: emptyHF(Header), default: emptyHF(Header) },
      footers: { first: emptyHF(Footer), default: pageXofY('Darnell K. Whitfield  |  ', AlignmentType.RIGHT, 18) },
      children: [
        para([run('DARNELL K. WHITFIELD, CPP', { bold: true, size: 40, color: '7B2C2C' })]),
        para([run('Corporate Security Manager  •  Investigations  •  Loss Prevention', { size: 24, color: '595959' })]),
        para('Charlotte, NC 28269  |  (704) 555-0126  |  d.whitfield.security@gmail.com  |  linkedin.com/in/darnellwhitfield', { spacing: { after: 80 } }),
        H('Career Summary'),
        para('Corporate security manager and former police sergeant with 20 years in law enforcement and 4 years leading security for a national distribution company. My background in criminal investigations, crisis response and training translates directly to protecting people, property and brand. Served as department liason to federal task forces and to the business community, and I am comfortable briefing executives and frontline staff alike.'),
        H('Core Competencies'),
        new Table({
          width: { size: W, type: WidthType.DXA }, columnWidths: [W / 3, W / 3, W / 3], borders: NO_BORDERS,
          rows: [new TableRow({ children: [
            cell('square', ['Physical security programs', 'Access control & CCTV', 'Threat assessment']),
            cell('square2', ['Internal investigations', 'Workplace violence prevention', 'Executive protection']),
            cell('square3', ['Crisis & emergency management', 'Guard contract management', 'Training & policy writing']),
          ] })],
        }),
        H('Relevant Experience'),
        ...job('Corporate Security Manager', 'Carolina Freight & Logistics, Inc. – Charlotte, NC', 'June 2021 – Present'),
        b('Direct physical security, investigations and workplace violence prevention for 14 distribution centers and the corporate headquarters.'),
        b('Manage a $2.1M security budget and contracts with 2 guard services covering 160 officers.'),
        b('Reduced inventory shrink by 31% in two years by rolling out CCTV analytics and badge access audits.'),
        b('Conduct internal investigations of theft, harassment and policy violations, partnering with HR and Legal.'),
        b('Worked with IT to integrate Genetec access control and video across all sites.'),
        ...job('Police Sergeant – Criminal Investigations Division', 'Charlotte-Mecklenburg Police Department – Charlotte, NC', '2011 – 2021'),
        b('Supervised a squad of 9 detectives investigating robbery, burglary and financial crimes.'),
        b('Coordinate joint operations with federal partners including the FBI and U.S. Secret Service.'),
        b('Developed a retail theft task force with local merchants that recovered over $400K in stolen property.'),
        b('Instructed Basic Law Enforcement Training (BLET) courses on interview and interrogation.'),
        ...job('Police Officer / Detective', 'Charlotte-Mecklenburg Police Department – Charlotte, NC', '2001 – 2011'),
        desc('Patrol officer in the Freedom and Westover divisions, then detective in the Property Crimes Unit. Responsible for cases from the initial report through prosecution, and testified in Mecklenburg County Superior Court. Recieved the Department\'s Medal of Merit in 2009.'),
        H('Additional Experience'),
        ...job('Security Consultant (Part-Time)', 'Self-employed – Charlotte, NC', '2018 – 2021'),
        b('Performed site security assessments for churches and small businesses in Mecklenburg County.'),
        ...job('Loss Prevention Associate', 'Belk, Inc. – Charlotte, NC', '1999 – 2001'),
        ...job('Military Police Specialist (31B)', 'U.S. Army Reserve – Fort Jackson, SC', '1997 – 2003'),
        H('Education'),
        para([run('B.S., Criminal Justice', { bold: true }), run(' – University of North Carolina at Charlotte, 2008')]),
        para([run('A.A.S., Criminal Justice Technology', { bold: true }), run(' – Central Piedmont Community College, 1999')]),
        H('Certifications & Training'),
        b('Certified Protection Professional (CPP), ASIS International, 2022'),
        b('Certified Forensic Interviewer (CFI), 2016'),
        b('FEMA ICS-100, 200, 300, 400 and IS-700'),
        b('Physical Security Professional (PSP) – in progress'),
      ],
    }],
  });
  await save('word-security-manager-career-change', doc);
}

for (const f of [admin, hvac, accountant, pharmacy, operations, attorney, security]) await f();

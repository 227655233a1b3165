// Builds the ten Word sources of probe batch 12 (src/conv-*.docx). Run: node make-docx.mjs
import {
  ExternalHyperlink, P, bullet, tabLine, ruleHeading, H, link, table, doc, save, runs, RIGHT,
  Paragraph, TextRun, AlignmentType, HeadingLevel, BorderStyle, PageNumber, Textbox, TabStopType,
} from './lib.mjs';

const ulink = (text, url) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, color: '0563C1', underline: {} })] });
const out = (id) => new URL(`./conv-${id}.docx`, import.meta.url).pathname;
const gridBorders = { top: { style: BorderStyle.SINGLE, size: 4, color: '999999' }, bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999' }, left: { style: BorderStyle.SINGLE, size: 4, color: '999999' }, right: { style: BorderStyle.SINGLE, size: 4, color: '999999' }, insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '999999' }, insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '999999' } };

// 1. Medical assistant, Phoenix AZ: header table, Word heading styles, right-tabbed dates, skills table, footer.
async function medicalAssistant() {
  const role = (t, d, org, bs) => [tabLine(`**${t}**`, d), P(`*${org}*`), ...bs.map((b) => bullet(b))];
  const children = [
    table([[
      [P([new TextRun({ text: 'Marisol Ortega-Banks, CCMA', bold: true, size: 36 })]), P('Certified Medical Assistant | Bilingual English/Spanish')],
      [P('Phoenix, AZ 85032', { para: { alignment: AlignmentType.RIGHT } }), P('(602) 555-0187', { para: { alignment: AlignmentType.RIGHT } }),
        P('marisol.obanks@gmail.com', { para: { alignment: AlignmentType.RIGHT } }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [link('linkedin.com/in/marisol-ortega-banks', 'https://www.linkedin.com/in/marisol-ortega-banks')] })],
    ]], [5600, 3760]),
    H('Professional Summary'),
    P('Certified Medical Assistant with 7 years in busy family practice and urgent care. I am bilingual in English and Spanish and comfortable with Athena and eClinicalWorks, and I keep the front and back office moving on the busiest days.'),
    H('Experience'),
    ...role('Certified Medical Assistant', 'Mar 2022 – Present', 'Desert Sky Family Medicine, Phoenix, AZ', [
      'Room 25–30 patients per day across three providers, taking vitals, histories and medication lists',
      'Administer injections and vaccines, perform EKGs, phlebotomy and point-of-care testing',
      'Responsible for prior authorizations and referral follow-up for the practice',
      'Cut the no-show rate from 14% to 8% by starting reminder calls two days before visits',
      'Trained 3 new MAs on the Athena EHR and clinic proceedures',
    ]),
    ...role('Medical Assistant', 'Jun 2019 – Feb 2022', 'Valleywise Urgent Care, Mesa, AZ', [
      'Check in patients, verify insurance and collect co-pays',
      'Assisted providers with suturing, splinting and wound care',
      'Performed rapid strep, flu and COVID-19 testing, up to 60 tests on peak days',
      'Keep exam rooms stocked and cleaned between patients',
    ]),
    ...role('Front Desk Receptionist', 'Aug 2017 – May 2019', 'Banner Health Clinic, Phoenix, AZ', [
      'Scheduled appointments for a 6-provider clinic',
      'Answered phones and handled patient questions and billing calls',
    ]),
    H('Education'),
    tabLine('**Medical Assistant Diploma**, Carrington College, Phoenix, AZ', '2019'),
    H('Certifications'),
    bullet('Certified Clinical Medical Assistant (CCMA), National Healthcareer Association, 2019'),
    bullet('BLS for Healthcare Providers, American Heart Association, expires 2027'),
    H('Skills'),
    table([
      [P('**Clinical**'), P('Vitals, EKG, phlebotomy, injections, specimen collection, sterilization')],
      [P('**Administrative**'), P('Scheduling, insurance verification, prior authorizations, Athena, eClinicalWorks')],
    ], [2200, 7160], { borders: gridBorders }),
  ];
  await save(doc(children, { footer: [P('References available upon request', { para: { alignment: AlignmentType.CENTER } })] }), out('medical-assistant'));
}

// 2. Welder, Alberta: self-typed bold rule headings, tabs, two-column skills table, page header and footer.
async function welder() {
  const role = (t, d, org, bs) => [tabLine(`**${t}**`, d), P(`*${org}*`), ...bs.map((b) => bullet(b))];
  const children = [
    P([new TextRun({ text: 'DALE KOWALCHUK', bold: true, size: 40 })], { para: { alignment: AlignmentType.CENTER } }),
    P('Red Seal Journeyman Welder – B Pressure', { para: { alignment: AlignmentType.CENTER } }),
    P('Sherwood Park, AB  T8A 2K5  •  780-555-0142  •  dkowalchuk.welds@outlook.com', { para: { alignment: AlignmentType.CENTER } }),
    ruleHeading('SUMMARY'),
    P('Red Seal welder with 10+ years in shop fabrication and oil sands pipe work. Safe, reliable and used to 14/7 rotations in camp.'),
    ruleHeading('WORK EXPERIENCE'),
    ...role('Journeyman Welder (B-Pressure)', 'May 2021 – Present', 'Keyano Industrial Services Ltd. – Fort McMurray, AB', [
      'Weld carbon and stainless pipe to B31.3 on SAGD module and turnaround work',
      'Keep a repair rate under 2% on 100% RT joints over the last 3 turnarounds',
      'Duties included fit-up, tacking and reading isometrics',
      'Mentor 2 first-year apprentices each rotation',
    ]),
    ...role('Welder / Fitter', 'Mar 2016 – Apr 2021', 'Prairie Steel Fabricators – Nisku, AB', [
      'Fabricate structural steel and skids from shop drawings',
      'Worked on pressure vessel nozzles and repairs under ABSA inspection',
      'Cut rework on skid frames by 30% by building a new jig for the main beams',
      'Did daily maintainance on welding machines, grinders and the overhead crane',
    ]),
    ...role('Apprentice Welder', 'Sep 2012 – Feb 2016', 'Northgate Ironworks – Edmonton, AB', [
      'Assisted journeymen with fit-up, grinding and material handling',
      'Completed all 3 periods of technical training at NAIT on schedule',
    ]),
    ruleHeading('TICKETS & SKILLS'),
    table([
      [P('**Tickets**'), P('**Processes**')],
      [[bullet('Red Seal Welder (2016)'), bullet('ABSA B Pressure'), bullet('CWB Flat/Horiz.'), bullet('H2S Alive, CSTS-2020'), bullet('Fall Protection')],
        [bullet('SMAW (7018, 6010 root)'), bullet('GTAW carbon & stainless'), bullet('FCAW / GMAW'), bullet('Blueprint & iso reading'), bullet('Rigging & signalling')]],
    ], [4680, 4680]),
    ruleHeading('EDUCATION'),
    tabLine('Welder Apprenticeship – NAIT, Edmonton, AB', '2016'),
    tabLine('High School Diploma – Salisbury Composite High School, Sherwood Park, AB', '2012', { before: 20 }),
  ];
  await save(doc(children, {
    font: 'Arial',
    header: [P('Dale Kowalchuk – Resume', { para: { alignment: AlignmentType.RIGHT }, run: { size: 16, color: '888888' } })],
    footer: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })] })],
  }), out('welder'));
}

// 3. HR manager, Manchester: text-box header, Heading styles, soft line breaks in role heads, hyperlinks.
async function hrManager() {
  const role = (t, org, d, bs) => [new Paragraph({ spacing: { before: 160, after: 40 }, children: [
    new TextRun({ text: t, bold: true }), new TextRun({ text: org, break: 1 }), new TextRun({ text: d, italics: true, break: 1 })] }),
  ...bs.map((b) => bullet(b))];
  const children = [
    P([new TextRun({ text: 'Priya Nandakumar-Hughes', bold: true, size: 40, color: '1F3864' })]),
    P('Chartered MCIPD | HR Manager'),
    new Paragraph({ children: [new TextRun('Didsbury, Manchester M20 | 07700 900418 | '), ulink('priya.nhughes@btinternet.com', 'mailto:priya.nhughes@btinternet.com'),
      new TextRun(' | '), ulink('linkedin.com/in/priyanhughes', 'https://www.linkedin.com/in/priyanhughes')] }),
    H('Profile'),
    P('Chartered HR Manager with ten years in logistics, food manufacturing and local government. Known for calm employee relations, practical policy and getting line managers to own their people decisions.'),
    // A shaded call-out text box beside the profile (Word templates put "Key achievements" here).
    new Paragraph({ children: [new Textbox({
      style: { width: '2.4in', height: '1.3in', position: 'absolute', left: '4.3in', top: '0.2in', wrapStyle: 'square' },
      children: [
        P('**Key achievements**'),
        bullet('Attrition down 12 points in two years'),
        bullet('Pay deal agreed with no industrial action'),
        bullet('85-person TUPE transfer, zero tribunal claims'),
      ] })] }),
    H('Career History'),
    ...role('HR Manager', 'Northbridge Logistics Ltd, Trafford Park, Manchester', 'April 2021 – Present', [
      'Lead a team of 4 HR advisers supporting 650 staff across 3 distribution sites',
      'Reduced first-year attrition from 31% to 19% by redesigning warehouse onboarding',
      'Negotiated the 2023 pay deal with Unite, settling at 5.5% without industrial action',
      'Rolled out the Cezanne HRIS, moving all absence and holiday records online',
    ]),
    ...role('HR Business Partner', 'Halewood Foods plc, Warrington', 'September 2017 – March 2021', [
      'Advised 12 site managers on employee relations, including 40+ disciplinaries and grievances a year',
      'Led the TUPE transfer of 85 staff from an acquired bakery',
      'Designed a management development programme for first-line supervisors',
    ]),
    ...role('HR Adviser', 'Manchester City Council, Manchester', 'July 2014 – August 2017', [
      'Ran recruitment campaigns for social care roles, filling 120 posts in 2016',
      'Supported managers through long-term sickness absence reviews',
    ]),
    H('Education & Professional Qualifications'),
    P('**CIPD Level 7 Advanced Diploma in Human Resource Management** – Manchester Metropolitan University, 2017'),
    P('**BA (Hons) Psychology, 2:1** – University of Leeds, 2013'),
    H('Key Skills'),
    table([[
      [bullet('Employee relations & casework'), bullet('TUPE and restructures'), bullet('Absence management')],
      [bullet('Policy writing'), bullet('Recruitment & onboarding'), bullet('HRIS (Cezanne, iTrent)')],
    ]], [4680, 4680]),
    H('Interests'),
    P('Fell walking, volunteering as a school governor in Didsbury, and Indian classical dance.'),
  ];
  await save(doc(children, { font: 'Calibri', footer: [P('References available on request', { para: { alignment: AlignmentType.CENTER }, run: { size: 16 } })] }), out('hr-manager'));
}

// 4. Restaurant GM, Chicago: experience laid out as a two-column table, dates in the left column.
async function restaurantGm() {
  const row = (d, t, org, bs) => [[P(`**${d}**`)], [P(`**${t}**`), P(org), ...bs.map((b) => bullet(b))]];
  const children = [
    P([new TextRun({ text: 'Terrence "T.J." Whitfield', bold: true, size: 36 })]),
    P('Chicago, IL 60618 | 312-555-0164 | tj.whitfield.gm@gmail.com'),
    ruleHeading('Summary'),
    P('Restaurant General Manager with 12 years in full-service dining, from server to GM. Strong on P&L, labor control and building teams that stay.'),
    ruleHeading('Professional Experience'),
    table([
      row('2021 – Present', 'General Manager', 'Harlow & Pine Kitchen, Chicago, IL', [
        'Run a 180-seat full-service restaurant with $4.6M annual sales and 55 staff',
        'Brought food cost from 34% to 29% in 8 months by re-costing the menu and tightening inventroy counts',
        'In charge of hiring, scheduling and payroll for front and back of house',
        'Raised our Google rating from 4.1 to 4.6 stars',
      ]),
      row('2017 – 2021', 'Assistant General Manager', "Rosetti's Trattoria Group, Evanston, IL", [
        'Oversee daily operations for a 2-unit Italian group',
        'Helped open the second location in 2019',
        'Train servers on wine service and upselling',
        'Created a team enviroment where my staff wanted to stay',
      ]),
      row('2013 – 2017', 'Server / Shift Lead', 'The Grand Tavern, Chicago, IL', [
        'Led weekend shifts of 12 servers and bartenders',
        'Worked with the kitchen to handle large party bookings',
      ]),
    ], [1900, 7460]),
    ruleHeading('Education'),
    P('B.S. Hospitality Management, Roosevelt University, Chicago, IL – 2016'),
    ruleHeading('Certifications'),
    bullet('ServSafe Food Protection Manager (2024)'),
    bullet('BASSET Certified (Illinois)'),
    ruleHeading('Skills'),
    P('P&L management, labor scheduling (7shifts), Toast POS, inventory and ordering, hiring and training, guest recovery'),
  ];
  await save(doc(children, { font: 'Georgia' }), out('restaurant-gm'));
}

// 5. Civil engineer, Abuja: Nigerian CV with a personal-data table, tabbed dates, referees.
async function civilEngineer() {
  const role = (t, d, org, bs) => [tabLine(`**${t}**`, d), P(org), ...bs.map((b) => bullet(b))];
  const children = [
    P([new TextRun({ text: 'CURRICULUM VITAE', bold: true, size: 32, underline: {} })], { para: { alignment: AlignmentType.CENTER } }),
    ruleHeading('PERSONAL DATA'),
    table([
      ['Name:', 'Engr. Chukwuemeka Okafor-Adeyemi'],
      ['Address:', '14 Ademola Street, Wuse II, Abuja, FCT'],
      ['Phone:', '+234 803 555 0192'],
      ['Email:', 'emeka.okafor.adeyemi@yahoo.com'],
      ['Date of Birth:', '12th June, 1994'],
      ['State of Origin:', 'Anambra State'],
      ['Nationality:', 'Nigerian'],
      ['Marital Status:', 'Single'],
    ].map(([a, b]) => [P(`**${a}**`), P(b)]), [2400, 6960]),
    ruleHeading('CAREER OBJECTIVE'),
    P('To work as a civil engineer in a reputable organisation where I can apply my skills in highway and structural works, and grow to a position of responsibility.'),
    ruleHeading('EDUCATIONAL QUALIFICATIONS'),
    tabLine('University of Nigeria, Nsukka', '2012 – 2017'),
    P('B.Eng Civil Engineering (Second Class Upper Division)'),
    tabLine('Federal Government College, Enugu', '2005 – 2011'),
    P('West African Senior School Certificate (WASSCE)'),
    ruleHeading('WORK EXPERIENCE'),
    ...role('Site Engineer', 'March 2020 – Date', 'Sahel Bridges & Roads Ltd, Abuja', [
      'Supervise construction of 23 km of dual carriageway on the Kubwa–Bwari road, managing 4 subcontractors',
      'Responsible for quality control of concrete and asphalt works on site',
      'Prepare monthly valuations and bills of quantities worth over ₦1.2 billion',
      'I also coordinate with FCDA inspectors for approvals and stage inspections',
    ]),
    ...role('Site Engineer', 'Jan. 2019 – Feb. 2020', 'Coastline Construction Co. Ltd, Lagos', [
      'Set out and supervised a 3-storey school block and 2 km of access roads',
      'Acheived a 12% reduction in concrete wastage through better batching control',
    ]),
    ...role('Graduate Engineer (NYSC)', 'Feb. 2018 – Jan. 2019', 'Rivers State Ministry of Works, Port Harcourt', [
      'Assisted in the design of drainage culverts for rural roads',
      'Carry out site inspections and write weekly progress reports',
      'Took part in a condition survey of 40 km of state roads',
    ]),
    ruleHeading('PROFESSIONAL MEMBERSHIP'),
    bullet('Registered Engineer, Council for the Regulation of Engineering in Nigeria (COREN)'),
    bullet('Corporate Member, Nigerian Society of Engineers (NSE)'),
    ruleHeading('SKILLS'),
    bullet('AutoCAD Civil 3D, ProtaStructure, MS Project'),
    bullet('Setting out with total station and level'),
    ruleHeading('HOBBIES'),
    P('Reading, football and travelling.'),
    ruleHeading('REFEREES'),
    table([[
      [P('**Engr. Ibrahim S. Danjuma**'), P('Project Manager, Sahel Bridges & Roads Ltd'), P('08035550147')],
      [P('**Dr. (Mrs.) Ngozi E. Okeke**'), P('Senior Lecturer, Dept. of Civil Engineering, UNN'), P('08065550133')],
    ]], [4680, 4680]),
  ];
  await save(doc(children, { font: 'Times New Roman' }), out('civil-engineer'));
}

// 6. Claims adjuster, Mississauga: a Google Docs-style document (heading styles, bullets, links).
async function claimsAdjuster() {
  const role = (t, d, org, bs) => [P(`**${t}**`, { para: { spacing: { before: 160 } } }), P(`${org} | ${d}`), ...bs.map((b) => bullet(b))];
  const children = [
    new Paragraph({ text: 'Natalie Brisebois', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun('Mississauga, ON L5B 3C2 · (905) 555-0129 · natalie.brisebois@gmail.com · '), link('linkedin.com/in/nbrisebois', 'https://linkedin.com/in/nbrisebois')] }),
    H('Summary'),
    P('Property and auto claims adjuster with 8 years of experience at two Ontario insurers. CIP designation. Comfortable with large losses, difficult conversations and heavy caseloads.'),
    H('Experience'),
    ...role('Senior Property Claims Adjuster', 'Jan 2022 – Present', 'Lakeshore Mutual Insurance, Toronto, ON', [
      'Manage a caseload of 90–110 open residential and small commercial property claims',
      'Settled a $2.3M commercial fire loss 6 weeks ahead of target, with no litigation',
      'Worked closely with contractors, restoration firms and independent adjusters on large losses',
      'Review coverage and liabilty on water, wind and theft claims',
    ]),
    ...role('Claims Adjuster', 'Jun 2018 – Dec 2021', 'Keystone General Insurance, Mississauga, ON', [
      'Handle accident benefits and property damage claims from first notice to settlement',
      'Closed an average of 28 files per month, above the team target of 22',
      'Was involved in the rollout of the Guidewire ClaimCenter system',
    ]),
    ...role('Claims Service Representative', 'Aug 2016 – May 2018', 'Keystone General Insurance, Mississauga, ON', [
      'Took first notice of loss calls and set up new claims',
      'Answer policyholder questions about claim status and next steps',
    ]),
    H('Education'),
    P('**Bachelor of Commerce** – York University, Toronto, ON – 2016'),
    H('Licences & Designations'),
    bullet('Ontario General Insurance Adjuster Licence (FSRA)'),
    bullet('Chartered Insurance Professional (CIP), Insurance Institute of Canada – 2020'),
    H('Skills'),
    P('Guidewire ClaimCenter, Xactimate, coverage analysis, negotiation, fraud indicators, French (conversational)'),
  ];
  await save(doc(children, { font: 'Arial', creator: 'Natalie Brisebois' }), out('claims-adjuster'));
}

// 7. Preschool teacher, Brisbane: centred title, hyperlink, right-tabbed dates, referees.
async function preschoolTeacher() {
  const role = (t, d, org, bs) => [tabLine(`**${t}**`, d), P(`*${org}*`), ...bs.map((b) => bullet(b))];
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Chloe Marchetti', size: 44, bold: true, color: '2E7D6B' })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Paddington QLD 4064 | 0423 555 716 | '), link('chloe.marchetti@outlook.com.au', 'mailto:chloe.marchetti@outlook.com.au')] }),
    H('Career Objective', HeadingLevel.HEADING_2),
    P('Degree-qualified early childhood teacher seeking a kindergarten teacher position. I love play-based learning and building strong partnerships with families.'),
    H('Qualifications', HeadingLevel.HEADING_2),
    tabLine('**Bachelor of Early Childhood Education** – Queensland University of Technology, Kelvin Grove QLD', '2022'),
    tabLine('**Diploma of Early Childhood Education and Care** – TAFE Queensland', '2019', { before: 20 }),
    H('Employment History', HeadingLevel.HEADING_2),
    ...role('Lead Educator – Kindergarten Room', 'Feb 2023 – Present', 'Little Gumnuts Early Learning Centre, Red Hill QLD', [
      'Plan and deliver an approved kindergarten program for 22 children aged 3–5, based on the EYLF',
      'I write learning stories and developement summaries for each child every term',
      'Led the room to an Exceeding rating for Quality Area 1 at our 2024 assessment',
      'Run monthly family afternoons and parent information sessions',
    ]),
    ...role('Assistant Educator', 'Mar 2020 – Jan 2023', 'Bright Beginnings Childcare, Toowong QLD', [
      'Assisted with daily routines, meals and rest time for a room of 15 toddlers',
      'Set up indoor and outdoor play activites each morning',
      'Support children with additional needs alongside the inclusion support worker',
    ]),
    ...role('Nanny (part-time)', '2018 – 2020', 'Private family, Ashgrove QLD', [
      'Cared for two children aged 1 and 4 after school and in the holidays',
    ]),
    H('Checks & Certificates', HeadingLevel.HEADING_2),
    bullet('Blue Card (Working with Children Check) – current'),
    bullet('HLTAID012 Provide First Aid in an Education and Care Setting – 2025'),
    bullet('Queensland College of Teachers – full registration'),
    H('Referees', HeadingLevel.HEADING_2),
    P('**Jo Whitlam**, Centre Director, Little Gumnuts ELC – 07 3555 0192'),
    P('**Priya Anand**, Room Leader, Bright Beginnings Childcare – 0412 555 864'),
  ];
  await save(doc(children, { font: 'Calibri' }), out('preschool-teacher'));
}

// 8. Data analyst, Bengaluru: hyperlinked contact line, Heading 1, 'Company – City' then 'Title<TAB>dates', skills table.
async function dataAnalyst() {
  const role = (org, t, d, bs) => [P(`**${org}**`, { para: { spacing: { before: 160 } } }), tabLine(`*${t}*`, d, { before: 0 }), ...bs.map((b) => bullet(b))];
  const children = [
    P([new TextRun({ text: 'ANANYA RAGHUNATHAN', bold: true, size: 36 })]),
    new Paragraph({ children: [new TextRun('Bengaluru, Karnataka | +91 98450 55123 | ananya.r.analytics@gmail.com | '),
      link('LinkedIn', 'https://www.linkedin.com/in/ananya-raghunathan'), new TextRun(' | '), link('GitHub', 'https://github.com/ananyar')] }),
    H('Summary'),
    P('Data analyst with 4+ years in retail and lending analytics. Strong in SQL, Python and Power BI; enjoys turning messy data into reports people use.'),
    H('Experience'),
    ...role('Zentrix Retail Technologies Pvt. Ltd., Bengaluru', 'Data Analyst', 'Jul 2022 – Present', [
      'Built a Power BI sales dashboard used by 40 category managers every week',
      'Automated the weekly stock report with Python and SQL, saving 6 hours per week',
      'Analysed promotion results for the grocery and home categories with A/B tests',
      'Wrote dbt models for the returns data in Snowflake',
    ]),
    ...role('Finlytic Solutions, Chennai', 'Junior Data Analyst', 'Jun 2020 – Jun 2022', [
      'Cleaned and reconciled loan data for 3 NBFC clients',
      'Built Excel and Tableau reports for the collections team',
      'Cut the month-end reporting cycle from 5 days to 2',
    ]),
    H('Projects'),
    P('**Bengaluru bus ridership analysis** (Python, pandas, Folium)'),
    bullet('Mapped stop-level ridership from open BMTC data and published the notebook on GitHub'),
    H('Education'),
    tabLine('**B.Tech, Computer Science and Engineering** – SRM Institute of Science and Technology, Chennai', '2020'),
    P('CGPA 8.4/10'),
    H('Skills'),
    table([
      [P('**Languages & tools**'), P('SQL, Python (pandas, scikit-learn), dbt, Snowflake, Excel')],
      [P('**BI**'), P('Power BI, Tableau, Looker Studio')],
      [P('**Methods**'), P('A/B testing, forecasting, cohort analysis')],
    ], [2600, 6760], { borders: gridBorders }),
    H('Certifications'),
    bullet('Google Data Analytics Professional Certificate – 2021'),
  ];
  await save(doc(children, { font: 'Calibri' }), out('data-analyst'));
}

// 9. Property manager, Bristol: the whole résumé in a two-column table (sidebar left, main right).
async function propertyManager() {
  const side = [
    P([new TextRun({ text: 'CONTACT', bold: true, color: 'FFFFFF' })]),
    P('Bristol BS6', { run: { color: 'FFFFFF' } }), P('07911 555302', { run: { color: 'FFFFFF' } }), P('oliver.brennan.achebe@gmail.com', { run: { color: 'FFFFFF' } }),
    P([new TextRun({ text: 'KEY SKILLS', bold: true, color: 'FFFFFF' })], { para: { spacing: { before: 240 } } }),
    ...['Lettings & renewals', 'HMO licensing', 'Section 21 / Section 8', 'Deposit disputes (DPS)', 'Arthur Online, Reapit', 'Contractor management'].map((s) => P(s, { run: { color: 'FFFFFF' } })),
    P([new TextRun({ text: 'EDUCATION', bold: true, color: 'FFFFFF' })], { para: { spacing: { before: 240 } } }),
    P('BSc (Hons) Real Estate Management', { run: { color: 'FFFFFF' } }), P('Oxford Brookes University, 2014', { run: { color: 'FFFFFF' } }),
    P('ARLA Propertymark Level 3 Certificate in Residential Letting, 2016', { run: { color: 'FFFFFF' } }),
  ];
  const role = (t, d, org, bs) => [P(`**${t}**`, { para: { spacing: { before: 160 } } }), P(`${org} | ${d}`), ...bs.map((b) => bullet(b))];
  const main = [
    P([new TextRun({ text: 'Oliver Brennan-Achebe', bold: true, size: 40 })]),
    P('Senior Property Manager'),
    P([new TextRun({ text: 'PROFILE', bold: true })], { para: { spacing: { before: 200 } } }),
    P('Residential property manager with 10 years in Bristol and Bath lettings, looking after landlords, tenants and compliance for portfolios of up to 240 homes.'),
    P([new TextRun({ text: 'EXPERIENCE', bold: true })], { para: { spacing: { before: 200 } } }),
    ...role('Senior Property Manager', 'Feb 2021 – Present', 'Harbourside Residential Lettings, Bristol', [
      'Manage a portfolio of 240 residential units for 85 landlords',
      'Cut average void periods from 26 days to 11',
      'Brought 100% of the portfolio up to the 2020 electrical safety standards',
      'Handle deposit disputes through the DPS adjudication service',
    ]),
    ...role('Property Manager', 'Jan 2017 – Jan 2021', 'Clifton & Cotham Estates, Bristol', [
      'Managed 150 HMO and single-let properties across Clifton and Cotham',
      'Coordinated contractors for planned and reactive maintenance',
      'Renewed 92% of tenancies at the end of their term',
    ]),
    ...role('Lettings Negotiator', 'Sep 2014 – Dec 2016', 'Hartley Moss Estate Agents, Bath', [
      'Conducted viewings and negotiated offers, letting 8–10 properties a month',
    ]),
  ];
  const children = [table([[side, main]], [3000, 6360], { shade: '2F4F4F' })];
  await save(doc(children, { font: 'Calibri' }), out('property-manager'));
}

// 10. Police sergeant to corporate security, Dallas: Google Docs-style document with a competencies table.
async function securityManager() {
  const role = (t, d, org, bs) => [tabLine(`**${t}**`, d), P(org), ...bs.map((b) => bullet(b))];
  const children = [
    new Paragraph({ text: 'Marcus D. Holloway, CPP', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun('Garland, TX 75040 | (214) 555-0173 | marcus.holloway.cpp@gmail.com | '), link('linkedin.com/in/marcusholloway', 'https://www.linkedin.com/in/marcusholloway')] }),
    H('Professional Summary'),
    P('Former police sergeant with 13 years in law enforcement, now leading corporate security. I bring investigations, crisis response and team leadership to protecting people, property and inventory.'),
    H('Core Competencies'),
    table([
      [P('Physical security & access control'), P('Loss prevention & shrink reduction')],
      [P('Internal investigations'), P('Workplace violence prevention')],
      [P('CCTV & alarm systems (Genetec)'), P('Crisis & incident management')],
    ], [4680, 4680]),
    H('Professional Experience'),
    ...role('Corporate Security Manager', 'Oct 2023 – Present', 'Trinity Crest Distribution, Dallas, TX', [
      'Lead security for 3 distribution centers and a 600-person headquarters',
      'Reduced inventory shrink by 22% in the first year with new camera coverage and dock controls',
      'Responsible for access control, CCTV and visitor management programs',
      'Built the company’s first workplace violence prevention plan',
    ]),
    ...role('Police Sergeant', 'Jun 2015 – Sep 2023', 'Garland Police Department, Garland, TX', [
      'Supervise a patrol squad of 9 officers on night shift',
      'Conducted more than 150 criminal investigations, with a 71% clearance rate',
      'Participated in the department’s active-shooter training program as an instructor',
      'Coordinated surveilance operations with the narcotics unit',
    ]),
    ...role('Police Officer', 'Jan 2010 – May 2015', 'Garland Police Department, Garland, TX', [
      'Respond to calls for service in a high-volume patrol district',
      'Earned 2 lifesaving commendations and my Field Training Officer certification',
    ]),
    H('Education'),
    P('**B.S. Criminal Justice** – University of Texas at Arlington – 2009'),
    H('Certifications'),
    bullet('Certified Protection Professional (CPP), ASIS International – 2024'),
    bullet('TCOLE Master Peace Officer'),
  ];
  await save(doc(children, { font: 'Arial', creator: 'Marcus Holloway' }), out('security-manager'));
}

await Promise.all([medicalAssistant(), welder(), hrManager(), restaurantGm(), civilEngineer(), claimsAdjuster(),
  preschoolTeacher(), dataAnalyst(), propertyManager(), securityManager()]);
console.log('ok');

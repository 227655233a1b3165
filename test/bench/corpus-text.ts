// Deterministic, realistic résumé text of a requested size for benchmarks: roles with dates
// (some gaps), bullets with and without metrics, weak openers, tense slips, pronouns.

const BULLETS = [
  'Led a team of 6 engineers to rebuild the billing pipeline, cutting invoice errors by 35%',
  'Helped build the customer onboarding flow used by new accounts every day',
  'Responsible for managing the on-call rotation and incident reviews for the platform group',
  'Reduced p99 latency of the search API from 900 ms to 120 ms by adding a Redis cache',
  'Migrated 40 services from EC2 to Kubernetes with zero downtime over two quarters',
  'Worked on various internal tools for the data science team',
  'Designed an HTTP/2 gateway in Go that serves 2M requests per day',
  'Manage the hiring loop for backend engineers and mentor three junior developers',
  'I wrote the documentation for the public API and its SDKs',
  'Increased trial-to-paid conversion by 12% through pricing page experiments',
  'Participated in code reviews and sprint planning',
  'Saved $250K a year by rightsizing the analytics cluster on AWS',
  'Built a Python 3 ETL framework adopted by 5 teams across the company',
  'Was tasked with improving test coverage of the legacy monolith',
  'Automated the release process, shortening deploys from 3 hours to 15 minutes',
];
const TITLES = ['Senior Software Engineer', 'Software Engineer', 'Backend Developer', 'Engineering Manager', 'Data Engineer'];
const ORGS = ['Initech', 'Globex Corporation', 'Umbrella Labs', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];
const CITIES = ['Austin, TX', 'Berlin, Germany', 'Remote', 'Toronto, ON', 'London, UK'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A small deterministic PRNG so every run benchmarks the same text. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

interface Role {
  title: string;
  org: string;
  city: string;
  start: [number, number];
  end?: [number, number];
  bullets: string[];
}

// Words to make every bullet of a varied résumé unique, so no per-text cache can answer for it.
const ADJ = ['regional', 'mobile', 'internal', 'partner', 'payments', 'search', 'growth', 'billing', 'support', 'identity', 'ledger', 'pricing', 'catalog', 'routing', 'shipping', 'fraud', 'storage', 'ads', 'maps', 'checkout'];
const NOUN = ['team', 'platform', 'group', 'squad', 'program', 'service', 'pipeline', 'portal', 'stack', 'product', 'backend', 'console', 'gateway', 'engine', 'tooling', 'workflow', 'dashboard', 'cluster', 'suite', 'unit'];

function roles(targetChars: number, seed: number, vary = false): Role[] {
  const r = rng(seed + 7);
  const out: Role[] = [];
  let year = 2026;
  let month = 10;
  let size = 400;
  let i = 0;
  while (size < targetChars) {
    const endY = year;
    const endM = month;
    const len = 8 + Math.floor(r() * 30);
    let sy = endY;
    let sm = endM - len;
    while (sm < 1) {
      sm += 12;
      sy--;
    }
    const bullets: string[] = [];
    const n = 3 + Math.floor(r() * 3);
    for (let b = 0; b < n; b++) {
      const base = BULLETS[Math.floor(r() * BULLETS.length)];
      bullets.push(vary ? `${base} for the ${ADJ[Math.floor(r() * ADJ.length)]} ${NOUN[Math.floor(r() * NOUN.length)]}` : base);
    }
    const role: Role = {
      title: TITLES[i % TITLES.length],
      org: `${ORGS[i % ORGS.length]}${i >= ORGS.length ? ' ' + (1 + Math.floor(i / ORGS.length)) : ''}`,
      city: CITIES[i % CITIES.length],
      start: [sy, sm],
      end: i === 0 ? undefined : [endY, endM],
      bullets,
    };
    out.push(role);
    size += 120 + bullets.reduce((a, b) => a + b.length + 3, 0);
    // Sometimes leave a gap before the previous role.
    const gap = r() < 0.2 ? 4 + Math.floor(r() * 5) : 1;
    year = sy;
    month = sm - gap;
    while (month < 1) {
      month += 12;
      year--;
    }
    i++;
  }
  return out;
}

const md = (d: [number, number]): string => `${MONTHS[d[1] - 1]} ${d[0]}`;
const iso = (d: [number, number]): string => `${d[0]}-${String(d[1]).padStart(2, '0')}`;

/**
 * A résumé of about `targetChars`. With `vary`, every bullet carries seed-dependent words, so a
 * series of varied résumés measures the engine with no help from any cache keyed by text.
 */
export function benchResume(kind: 'markdown' | 'text' | 'yaml', targetChars: number, seed = 1, vary = false): string {
  const rs = roles(targetChars, seed, vary);
  if (kind === 'markdown') {
    let s = '# Jane Q. Doe\n\njane.doe@example.org | +1 512 555 0100 | Austin, TX | github.com/janedoe\n\n## Summary\n\nBackend engineer who ships reliable payment and data systems.\n\n## Experience\n\n';
    for (const r of rs) {
      s += `### ${r.title}, ${r.org}\n${r.city} · ${md(r.start)} – ${r.end ? md(r.end) : 'Present'}\n\n`;
      for (const b of r.bullets) s += `- ${b}\n`;
      s += '\n';
    }
    s += '## Education\n\n### B.S. Computer Science, University of Texas\n2008 – 2012\n\n## Skills\n\nGo, Python, PostgreSQL, Kubernetes, Terraform\n';
    return s;
  }
  if (kind === 'text') {
    let s = 'JANE Q. DOE\njane.doe@example.org | +1 512 555 0100 | Austin, TX\n\nPROFESSIONAL EXPERIENCE\n\n';
    for (const r of rs) {
      s += `${r.org}\n${r.title}\n${r.city} ${md(r.start)} - ${r.end ? md(r.end) : 'Present'}\n`;
      for (const b of r.bullets) s += `• ${b.slice(0, 60)}\n  ${b.slice(60)}\n`;
      s += '\n';
    }
    s += 'EDUCATION\n\nUniversity of Texas\nB.S. Computer Science, 2008 - 2012\n\nSKILLS\nGo, Python, PostgreSQL, Kubernetes\n';
    return s;
  }
  let s = 'basics:\n  name: Jane Q. Doe\n  email: jane.doe@example.org\n  phone: "+1 512 555 0100"\n  location:\n    city: Austin\n    region: TX\nwork:\n';
  for (const r of rs) {
    s += `  - name: ${r.org}\n    position: ${r.title}\n    startDate: "${iso(r.start)}"\n`;
    if (r.end) s += `    endDate: "${iso(r.end)}"\n`;
    s += '    highlights:\n';
    for (const b of r.bullets) s += `      - "${b}"\n`;
  }
  s += 'education:\n  - institution: University of Texas\n    area: Computer Science\n    studyType: Bachelor\n    startDate: "2008"\n    endDate: "2012"\n';
  return s;
}

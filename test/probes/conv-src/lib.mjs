// Shared helpers for the batch-12 Word sources (docx 9.x).
import {
  Document, Packer, Paragraph, TextRun, TabStopType, AlignmentType, HeadingLevel, Table, TableRow, TableCell,
  WidthType, BorderStyle, ExternalHyperlink, Header, Footer, LevelFormat, PageNumber, Textbox, ShadingType,
} from 'docx';
import { writeFileSync } from 'node:fs';

export { Paragraph, TextRun, AlignmentType, HeadingLevel, Table, TableRow, TableCell, WidthType, BorderStyle,
  ExternalHyperlink, Header, Footer, PageNumber, Textbox, TabStopType, ShadingType };

// '**bold**' and '*italic*' markup inside a string → runs
export function runs(s, base = {}) {
  const out = [];
  const re = /(\*\*[^*]+\*\*|\*[^*]+\*)/g;
  let last = 0; let m;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push(new TextRun({ text: s.slice(last, m.index), ...base }));
    const t = m[0];
    if (t.startsWith('**')) out.push(new TextRun({ text: t.slice(2, -2), bold: true, ...base }));
    else out.push(new TextRun({ text: t.slice(1, -1), italics: true, ...base }));
    last = m.index + t.length;
  }
  if (last < s.length) out.push(new TextRun({ text: s.slice(last), ...base }));
  return out;
}

export const P = (s, o = {}) => new Paragraph({ children: typeof s === 'string' ? runs(s, o.run) : s, spacing: { after: 60 }, ...o.para });
export const bullet = (s, level = 0) => new Paragraph({ children: runs(s), numbering: { reference: 'bul', level }, spacing: { after: 40 } });
export const RIGHT = 9360;
// Title<TAB>dates with a right-aligned tab stop
export const tabLine = (left, right, o = {}) => new Paragraph({
  tabStops: [{ type: TabStopType.RIGHT, position: o.pos ?? RIGHT }],
  children: [...runs(left, o.run), new TextRun({ text: '\t' + right, ...(o.rightRun ?? {}) })],
  spacing: { before: o.before ?? 120, after: 20 },
});
// A heading typed as a bold capitals paragraph with a bottom rule (not a Word heading style)
export const ruleHeading = (s) => new Paragraph({
  children: [new TextRun({ text: s, bold: true, size: 24 })],
  border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '444444', space: 1 } },
  spacing: { before: 240, after: 80 },
});
export const H = (s, level = HeadingLevel.HEADING_1) => new Paragraph({ text: s, heading: level, spacing: { before: 240, after: 80 } });
export const link = (text, url) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
export function table(rows, widths, o = {}) {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: o.borders ?? noBorders,
    rows: rows.map((r) => new TableRow({
      children: r.map((c, i) => new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        children: Array.isArray(c) ? c : [typeof c === 'string' ? P(c) : c],
        ...(o.shade && i === 0 ? { shading: { type: ShadingType.CLEAR, fill: o.shade, color: 'auto' } } : {}),
      })),
    })),
  });
}

export function doc(children, o = {}) {
  return new Document({
    creator: o.creator ?? 'Microsoft Office User',
    styles: { default: { document: { run: { font: o.font ?? 'Calibri', size: 21 } } } },
    numbering: { config: [{ reference: 'bul', levels: [
      { level: 0, format: LevelFormat.BULLET, text: o.glyph ?? '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } },
      { level: 1, format: LevelFormat.BULLET, text: 'o', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 260 } } } },
    ] }] },
    sections: [{
      properties: { page: { margin: { top: 1000, bottom: 1000, left: 1200, right: 1200 } } },
      headers: o.header ? { default: new Header({ children: o.header }) } : undefined,
      footers: o.footer ? { default: new Footer({ children: o.footer }) } : undefined,
      children,
    }],
  });
}

export async function save(d, path) { writeFileSync(path, await Packer.toBuffer(d)); }

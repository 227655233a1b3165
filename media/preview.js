// The preview webview's own script (the only one the CSP admits). It swaps in new résumé HTML
// from the extension, measures pages and draws page breaks, syncs scrolling both ways, jumps to
// the source on double-click, and hands links to the extension (which opens only http(s)/mailto
// outside VS Code). It never evaluates anything from the résumé.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('rs-root'));
  const pagesLabel = document.getElementById('rs-pages');
  let version = Number(document.body.dataset.version || -1);
  /** Set while the preview scrolls because the editor did: that scroll must not echo back. */
  let scrollingFromEditor = false;
  let lastPosted = -1;

  /** Elements with a source line, in document order (the timeline's bars excluded). */
  function lineElements() {
    return Array.from(root.querySelectorAll('.rs-resume [data-line]'));
  }

  function lineOf(el) {
    return Number(el.getAttribute('data-line'));
  }

  // ---- pages -------------------------------------------------------------------------------
  /**
   * Where printed pages would break, in px from the top of the content box. Like the print CSS,
   * an entry that fits on a page is not split (break-inside: avoid) and a section title does not
   * end a page (break-after: avoid), so the count matches the PDF more closely than plain division.
   */
  function pageBreaks(article, usable, marginPx) {
    const top = article.getBoundingClientRect().top + marginPx;
    const boxes = Array.from(article.querySelectorAll('.rs-entry, .rs-section-title')).map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top - top, bottom: r.bottom - top, title: el.classList.contains('rs-section-title') };
    });
    const end = Math.max(0, article.scrollHeight - 2 * marginPx);
    const breaks = [];
    let start = 0;
    while (start + usable < end - 1 && breaks.length < 200) {
      let cut = start + usable;
      for (const b of boxes) {
        const straddles = b.top > start + 1 && b.top < cut && b.bottom > cut;
        const titleAtFoot = b.title && b.top > start + 1 && b.top < cut && b.bottom + 24 > cut;
        if ((straddles && b.bottom - b.top <= usable) || titleAtFoot) cut = Math.min(cut, b.top);
      }
      if (cut <= start + 1) cut = start + usable; // nothing movable: break where the page ends
      breaks.push(cut);
      start = cut;
    }
    return breaks;
  }

  /**
   * A side-by-side preview is often narrower than the paper: scale the page down to the panel's
   * width (never up) so the whole line is visible, as a PDF viewer's "fit width" does. Transforms
   * do not change layout, so the page is measured unscaled and the spare height is taken back
   * with a negative margin.
   */
  function fitToWidth(article) {
    const style = getComputedStyle(root);
    const avail = root.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const width = article.offsetWidth;
    const scale = width > 0 && avail > 0 && width > avail ? avail / width : 1;
    article.style.transformOrigin = 'top left';
    article.style.transform = scale < 1 ? `scale(${scale})` : '';
    article.style.marginBottom = scale < 1 ? `${-(1 - scale) * article.offsetHeight}px` : '';
    document.body.dataset.scale = String(scale);
  }

  function measurePages() {
    const article = /** @type {HTMLElement | null} */ (root.querySelector('.rs-resume'));
    root.querySelectorAll('.rs-page-break').forEach((el) => el.remove());
    if (!article) {
      if (pagesLabel) pagesLabel.textContent = '';
      return;
    }
    // Page breaks are measured on the unscaled page.
    article.style.transform = '';
    article.style.marginBottom = '';
    const pagePx = Number(article.getAttribute('data-page-px')) || 1056;
    const marginPx = Number(article.getAttribute('data-margin-px')) || 57.6;
    const breaks = pageBreaks(article, pagePx - 2 * marginPx, marginPx);
    breaks.forEach((y, i) => {
      const mark = document.createElement('div');
      mark.className = 'rs-page-break';
      mark.style.top = `${marginPx + y}px`;
      mark.setAttribute('data-label', `Page ${i + 2}`);
      article.appendChild(mark);
    });
    fitToWidth(article);
    const pages = breaks.length + 1;
    if (pagesLabel) pagesLabel.textContent = pages === 1 ? '1 page' : `${pages} pages`;
    vscode.postMessage({ type: 'pages', pages, version });
  }

  // ---- scroll sync -------------------------------------------------------------------------
  function scrollToLine(line) {
    const els = lineElements();
    if (!els.length) return;
    let before = els[0];
    let after;
    for (const el of els) {
      if (lineOf(el) <= line) before = el;
      else {
        after = el;
        break;
      }
    }
    let y = before.getBoundingClientRect().top + window.scrollY;
    const b = lineOf(before);
    if (after && lineOf(after) > b && line > b) {
      const ya = after.getBoundingClientRect().top + window.scrollY;
      y += ((line - b) / (lineOf(after) - b)) * (ya - y);
    }
    const to = Math.max(0, Math.round(y - 40));
    // Only a real move fires a scroll event; flagging a no-op would swallow the user's next scroll.
    if (Math.abs(to - window.scrollY) >= 1) {
      scrollingFromEditor = true;
      window.scrollTo(0, to);
    }
  }

  /** The source line at the top of the view: the last element (in document order, so the most
   *  specific one) that starts above the toolbar's edge. */
  function topVisibleLine() {
    const els = lineElements();
    let line = els.length ? lineOf(els[0]) : -1;
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.top <= 48) {
        if (r.bottom > 48 || r.height === 0) line = lineOf(el);
      } else break;
    }
    return line;
  }

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (scrollingFromEditor) {
      scrollingFromEditor = false;
      return;
    }
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      const line = topVisibleLine();
      if (line >= 0 && line !== lastPosted) {
        lastPosted = line;
        vscode.postMessage({ type: 'reveal', line });
      }
    });
  });

  // ---- clicks -------------------------------------------------------------------------------
  document.addEventListener('click', (e) => {
    const target = /** @type {Element} */ (e.target);
    const a = target.closest && target.closest('a');
    if (a) {
      e.preventDefault();
      const href = a.getAttribute('href') || '';
      if (/^(https?:\/\/|mailto:)/i.test(href)) vscode.postMessage({ type: 'link', href });
      return;
    }
    const bar = target.closest && target.closest('.rs-tl-bar[data-line]');
    if (bar) vscode.postMessage({ type: 'open', line: lineOf(bar) });
    // A term of the Job match part: jump to (and select) where the résumé uses it.
    const use = target.closest && target.closest('.rs-jm-use[data-line]');
    if (use) vscode.postMessage({ type: 'open', line: lineOf(use), character: Number(use.getAttribute('data-col')), end: Number(use.getAttribute('data-end-col')) });
  });

  document.addEventListener('dblclick', (e) => {
    const target = /** @type {Element} */ (e.target);
    const el = target.closest && target.closest('[data-line]');
    if (el) vscode.postMessage({ type: 'open', line: lineOf(el) });
  });

  // ---- toolbar ------------------------------------------------------------------------------
  const theme = /** @type {HTMLSelectElement|null} */ (document.getElementById('rs-theme'));
  const paper = /** @type {HTMLSelectElement|null} */ (document.getElementById('rs-paper'));
  const toggle = document.getElementById('rs-timeline-toggle');
  theme && theme.addEventListener('change', () => vscode.postMessage({ type: 'theme', theme: theme.value }));
  paper && paper.addEventListener('change', () => vscode.postMessage({ type: 'paper', paper: paper.value }));
  toggle &&
    toggle.addEventListener('click', () => {
      const on = document.body.classList.toggle('rs-no-timeline') === false;
      toggle.setAttribute('aria-pressed', String(on));
      vscode.postMessage({ type: 'timeline', on });
      measurePages();
    });

  // ---- updates from the extension -----------------------------------------------------------
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update') {
      if (typeof m.version !== 'number' || m.version < version || typeof m.body !== 'string') return; // stale
      version = m.version;
      document.body.dataset.version = String(version);
      const y = window.scrollY;
      // The body is the server's renderer output: escaped text, no script; the CSP blocks
      // inline handlers and scripts regardless.
      root.innerHTML = m.body;
      const job = document.getElementById('rs-job-match-root');
      if (job && typeof m.jobMatch === 'string') job.innerHTML = m.jobMatch;
      if (typeof m.title === 'string') document.title = m.title;
      if (Math.abs(window.scrollY - y) >= 1) {
        scrollingFromEditor = true;
        window.scrollTo(0, y);
      }
      measurePages();
    } else if (m.type === 'scroll' && typeof m.line === 'number') {
      scrollToLine(m.line);
    }
  });

  // Lets VS Code restore this preview after a reload (registerWebviewPanelSerializer).
  if (document.body.dataset.uri) vscode.setState({ uri: document.body.dataset.uri });

  measurePages();
  const top = Number(document.body.dataset.topLine || 0);
  if (top > 0) scrollToLine(top);
  // Fonts can change the height after first layout.
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(measurePages, () => undefined);
  window.addEventListener('resize', measurePages);
})();

// The editor assets beside the renderer: the snippets, and the manifest entries that keep a résumé
// in its own language (Markdown, plain text, YAML, JSON) while the extension still finds it,
// highlights it and offers its commands on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { repoRoot } from '../util/paths';
import { RESUME_GLOBS, isResumeFileName } from '../../server/src/lsp/resume-files';
import { EXTRA_RESUMES_KEY, RESUME_NAME_WHEN } from '../../client/src/selector';
import { SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/semanticTokens';

const json = (p: string) => JSON.parse(readFileSync(join(repoRoot, p), 'utf8'));
const pkg = json('package.json');

test('snippets: every contributed file exists and every snippet has a prefix, body and description', () => {
  for (const s of pkg.contributes.snippets as { language: string; path: string }[]) {
    assert.ok(existsSync(join(repoRoot, s.path)), s.path);
    const snippets = json(s.path) as Record<string, { prefix: unknown; body: unknown; description: unknown }>;
    assert.ok(Object.keys(snippets).length > 0, s.path);
    for (const [name, sn] of Object.entries(snippets)) {
      assert.ok(sn.prefix && sn.body && typeof sn.description === 'string', `${s.path}: ${name}`);
      assert.ok(Array.isArray(sn.body) && sn.body.join('\n').includes('$'), `${name} has tab stops`);
    }
  }
  const md = json('snippets/resume.code-snippets');
  for (const want of ['Role entry', 'Education entry', 'XYZ bullet', 'STAR bullet']) assert.ok(md[want], want);
  const langs = (pkg.contributes.snippets as { language: string; path: string }[]).filter((s) => s.path.endsWith('/resume.code-snippets')).map((s) => s.language);
  assert.deepEqual(langs.sort(), ['markdown', 'plaintext'], 'the prose snippets live in the languages résumés keep');
  assert.ok(json('snippets/resume-yaml.code-snippets')['RenderCV skeleton']);
  assert.ok(json('snippets/resume-json.code-snippets')['JSON Resume skeleton']);
});

test('manifest: no language of our own takes résumés away from Markdown and plain text', () => {
  const languages = pkg.contributes.languages as { id: string; filenames?: string[]; extensions?: string[] }[];
  assert.ok(!languages.some((l) => l.id === 'resume'), 'no "resume" language');
  for (const l of languages) for (const n of [...(l.filenames ?? []), ...(l.extensions ?? [])]) assert.ok(!/\.(md|txt)$/.test(n), `${l.id} claims ${n}`);
  assert.equal(pkg.contributes.grammars, undefined, 'highlighting comes from semantic tokens, not a grammar of our own');
  for (const lang of ['markdown', 'plaintext', 'yaml', 'json']) assert.ok(pkg.activationEvents.includes(`onLanguage:${lang}`), lang);
});

test('manifest: résumé names in when clauses, the selector and the server agree', () => {
  const whenRe = (() => {
    const body = RESUME_NAME_WHEN.slice(1, RESUME_NAME_WHEN.lastIndexOf('/'));
    return new RegExp(body, RESUME_NAME_WHEN.slice(RESUME_NAME_WHEN.lastIndexOf('/') + 1));
  })();
  const names = ['resume.md', 'cv.md', 'CV.md', 'Resume.txt', 'cv.txt', 'resume.txt', 'resume.markdown', 'jane.resume.md', 'jane.cv.md', 'jane.resume.txt', 'resume.json', 'resume.yaml', 'jane.resume.yaml', 'jane.cv.yml', 'John_Doe_CV.yaml', 'John_Doe_CV.yml'];
  const others = ['README.md', 'notes.txt', 'resume-tips.md', 'docker-compose.yaml', 'curriculum.md', 'package.json', 'myresume.md'];
  const globs = picomatch([...RESUME_GLOBS]);
  for (const n of names) {
    assert.ok(isResumeFileName(n), `server: ${n}`);
    assert.ok(whenRe.test(n), `when clause: ${n}`);
    assert.ok(globs(`some/folder/${n}`), `selector glob: ${n}`);
  }
  for (const n of others) {
    assert.ok(!isResumeFileName(n) && !whenRe.test(n) && !globs(`some/folder/${n}`), n);
  }
  const isResume = `${RESUME_NAME_WHEN} || resourcePath in ${EXTRA_RESUMES_KEY}`;
  const menus = pkg.contributes.menus as Record<string, { command: string; when?: string }[]>;
  for (const where of ['editor/title', 'editor/context', 'explorer/context']) {
    const preview = menus[where].find((m) => m.command.startsWith('resumeStudio.showPreview'));
    assert.ok(preview?.when?.includes(isResume), `${where}: ${preview?.when}`);
  }
  for (const k of pkg.contributes.keybindings as { command: string; when: string }[]) assert.ok(k.when.includes(isResume), k.when);
});

test('manifest: semantic token types match the server legend and have colours; no ambiguous-character boxes in résumé languages', () => {
  const types = (pkg.contributes.semanticTokenTypes as { id: string; superType: string; description: string }[]).map((t) => t.id);
  assert.deepEqual(types, SEMANTIC_TOKENS_LEGEND.tokenTypes);
  const scopes = (pkg.contributes.semanticTokenScopes as { scopes: Record<string, string[]> }[])[0].scopes;
  for (const t of types) assert.ok(scopes[t]?.length, `${t} maps to TextMate scopes, so every theme colours it`);
  const defaults = pkg.contributes.configurationDefaults as Record<string, Record<string, unknown>>;
  assert.equal(defaults['[markdown]']['editor.unicodeHighlight.ambiguousCharacters'], false);
  assert.equal(defaults['[plaintext]']['editor.unicodeHighlight.ambiguousCharacters'], false);
  // YAML and JSON keep the check for code, but not for the typography résumés use (VS Code's English list marks – ‘ ’ ×).
  for (const lang of ['[yaml]', '[json]']) {
    const allowed = defaults[lang]['editor.unicodeHighlight.allowedCharacters'] as Record<string, boolean>;
    for (const ch of ['–', '‘', '’', '×']) assert.equal(allowed[ch], true, `${lang} allows ${ch}`);
  }
});

test('manifest: commands in menus and keybindings exist, client settings have defaults', () => {
  const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
  for (const id of ['resumeStudio.showPreview', 'resumeStudio.showPreviewToSide', 'resumeStudio.exportHtml', 'resumeStudio.exportPdf', 'resumeStudio.showParsedModel', 'resumeStudio.treatAsResume', 'resumeStudio.stopTreatingAsResume', 'resumeStudio.addWordToDictionary'])
    assert.ok(commands.has(id), id);
  const used = [...Object.values(pkg.contributes.menus as Record<string, { command: string }[]>).flat(), ...(pkg.contributes.keybindings as { command: string }[])];
  for (const u of used) if (u.command.startsWith('resumeStudio.')) assert.ok(commands.has(u.command), u.command);
  const kb = (pkg.contributes.keybindings as { command: string; key: string }[]).find((k) => k.command === 'resumeStudio.showPreviewToSide');
  assert.equal(kb?.key, 'ctrl+k v');
  const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
  for (const key of ['files', 'lintOnSave', 'maxFileSize', 'preview.theme', 'preview.paper', 'preview.timeline', 'preview.allowRemoteImages', 'export.chromePath'])
    assert.ok(`resumeStudio.${key}` in props && props[`resumeStudio.${key}`].default !== undefined, key);
  assert.equal((props['resumeStudio.export.chromePath'] as { scope?: string }).scope, 'machine', 'a workspace cannot pick the program PDF export runs');
  for (const p of ['**/resume.json', '**/*.resume.{json,yaml,yml}', '**/*_CV.yaml']) assert.ok(pkg.activationEvents.includes(`workspaceContains:${p}`), p);
});

// The README's setup for other editors, run as written (issue 11): the Neovim and Emacs snippets are
// read out of README.md at test time, the packed npm tarball (scripts/pack-npm.mjs) is installed
// with `npm install -g --offline` into a temporary prefix, and each editor opens a Markdown résumé
// and must show Résumé Studio's diagnostics, offer a completion and apply a quick fix.
// Needs Debian's neovim, emacs-nox, elpa-eglot and elpa-markdown-mode (.ci/run installs them) and
// the built bundles (node scripts/build.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { repoRoot } from '../util/paths';

const README = join(repoRoot, 'README.md');
let tmp = '';
let bin = '';

/** The fenced code block right after `<!-- tested: NAME -->` in README.md, as written. */
export function readmeBlock(name: string): { lang: string; code: string } {
  const text = readFileSync(README, 'utf8');
  const marker = `<!-- tested: ${name} -->`;
  const at = text.indexOf(marker);
  assert.ok(at >= 0, `README.md has no "${marker}" block`);
  const m = /^```(\w+)\n([\s\S]*?)^```$/m.exec(text.slice(at + marker.length));
  assert.ok(m, `a fenced code block follows ${marker}`);
  return { lang: m[1], code: m[2] };
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** The weak-verb fixture as a Markdown résumé in a fresh folder (a project root for the editors). */
function project(name: string): { dir: string; file: string } {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  const file = join(dir, 'resume.md');
  writeFileSync(file, readFileSync(join(repoRoot, 'test/fixtures/cli/weak.resume.md'), 'utf8'));
  return { dir, file };
}

/** An environment with the installed command first on PATH and the editors' own config and data kept in `home`. */
function env(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_STATE_HOME: join(home, '.local/state'), ...extra };
}

interface EditorResult {
  diagnostics: string[];
  completions: string[];
  actions: string[];
  text: string;
  filetype?: string;
  major?: string;
}

function checkResult(r: EditorResult, who: string): void {
  assert.ok(r.diagnostics.some((d) => /Helped build/.test(d) && /weak-verb/.test(d)), `${who}: a weak-verb diagnostic on "Helped build": ${JSON.stringify(r.diagnostics)}`);
  assert.ok(r.diagnostics.some((d) => /employment-gap/.test(d)), `${who}: the employment gap is reported`);
  assert.ok(['Lead', 'Build', 'Reduce', 'Design'].every((v) => r.completions.includes(v)), `${who}: strong verbs in the current role's tense at the bullet start: ${r.completions.slice(0, 12).join(', ')}`);
  assert.ok(r.actions.includes('Replace "Helped build" with "Build"'), `${who}: the weak-verb quick fix is offered: ${JSON.stringify(r.actions)}`);
  assert.match(r.text, /^- Build the payments API that cut checkout failures by 30%$/m, `${who}: the quick fix was applied to the buffer`);
}

before(() => {
  const missing = ['nvim', 'emacs'].filter((c) => !which(c));
  assert.deepEqual(missing, [], `missing ${missing.join(', ')}: apt-get install neovim emacs-nox elpa-eglot elpa-markdown-mode (.ci/run does it)`);
  tmp = mkdtempSync(join(tmpdir(), 'rs-editors-'));
  // The tarball `npm start` writes, made the same way, installed as a user would, with no network.
  const pack = spawnSync(process.execPath, [join(repoRoot, 'scripts/pack-npm.mjs'), '--out', tmp], { encoding: 'utf8' });
  assert.equal(pack.status, 0, `packing failed: ${pack.stderr}`);
  const tarball = pack.stdout.trim();
  assert.match(tarball, /resume-studio-\d+\.\d+\.\d+\.tgz$/);
  const prefix = join(tmp, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8', env: { ...process.env, npm_config_cache: join(tmp, 'npm-cache') } });
  assert.equal(install.status, 0, `npm install -g --offline of the tarball failed:\n${install.stdout}${install.stderr}`);
  bin = join(prefix, 'bin');
  assert.ok(existsSync(join(bin, 'resume-studio')), 'the install puts a resume-studio command on the prefix\'s bin');
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the installed command is the CLI and the language server', async () => {
  const v = spawnSync(join(bin, 'resume-studio'), ['--version'], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout.trim(), (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  const { file } = project('cli');
  const lint = spawnSync(join(bin, 'resume-studio'), ['lint', file, '--format', 'json'], { encoding: 'utf8' });
  assert.ok(JSON.parse(lint.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'weak-verb'));
  // The Node API ships in the same package, when the build has it (SPEC §2: require('resume-studio/api')).
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  if (pkg.exports?.['./api']) {
    const api = spawnSync(process.execPath, ['-e', "process.stdout.write(typeof require('resume-studio/api').createLinter)"], { encoding: 'utf8', env: { ...process.env, NODE_PATH: join(bin, '..', 'lib', 'node_modules') } });
    assert.equal(api.stdout, 'function', `require('resume-studio/api') from the installed package: ${api.stderr}`);
    // TypeScript users get the declarations "exports" points at, with createLinter in them.
    const types = join(bin, '..', 'lib', 'node_modules', 'resume-studio', 'dist', 'types', 'api.d.ts');
    assert.ok(existsSync(types), `the installed package has ${types}`);
    assert.match(readFileSync(types, 'utf8'), /export declare function createLinter\(/);
  }
  // dist/server.js (what the VS Code client starts) is a loader: the bundle it runs ships beside it,
  // and it answers over stdio twice, the second time from the V8 code cache the first one wrote.
  const installed = join(bin, '..', 'lib', 'node_modules', 'resume-studio', 'dist');
  assert.ok(existsSync(join(installed, 'server-main.js')), `the installed package has ${join(installed, 'server-main.js')}`);
  const frame = (m: unknown) => `Content-Length: ${Buffer.byteLength(JSON.stringify(m))}\r\n\r\n${JSON.stringify(m)}`;
  for (const run of ['first', 'second']) {
    const srv = spawn(process.execPath, [join(installed, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    srv.stderr.on('data', (d) => (err += d));
    const answered = await new Promise<boolean>((resolve) => {
      srv.stdout.on('data', (d) => {
        out += d;
        if (/"serverInfo":\{"name":"resume-studio"/.test(out)) resolve(true);
      });
      srv.once('exit', () => resolve(false));
      srv.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    });
    srv.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }) + frame({ jsonrpc: '2.0', method: 'exit' }));
    await new Promise((r) => (srv.exitCode === null ? srv.once('exit', r) : r(null)));
    assert.ok(answered, `${run} start of the installed dist/server.js answers initialize: ${out}${err}`);
  }
});

/** Lua run after the README's snippet: waits for the server's diagnostics, asks for a completion and the quick fixes, applies one, writes JSON. */
const NVIM_DRIVER = String.raw`
local out = os.getenv('RS_OUT')
local buf = vim.api.nvim_get_current_buf()
local function wait(what, pred)
  if not vim.wait(60000, pred, 50) then
    local f = io.open(out, 'w'); f:write(vim.fn.json_encode({ error = 'timed out waiting for ' .. what })); f:close()
    vim.cmd('qa!')
  end
end
local function attached()
  if vim.lsp.get_clients then return #vim.lsp.get_clients({ bufnr = buf }) > 0 end
  return next(vim.lsp.buf_get_clients(buf)) ~= nil
end
wait('the language server to attach', attached)
wait('diagnostics', function() return #vim.diagnostic.get(buf) > 0 end)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(diagnostics, d.message .. ' [' .. tostring(d.code) .. ']') end
local lnum = vim.fn.search('^- Helped build') - 1
local uri = vim.uri_from_bufnr(buf)
local pos = { line = lnum, character = 2 }
local completions = {}
for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/completion', { textDocument = { uri = uri }, position = pos }, 20000) or {}) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(completions, item.label) end
end
local actions = {}
local fix
for id, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', { textDocument = { uri = uri }, range = { start = pos, ['end'] = pos }, context = { diagnostics = {} } }, 20000) or {}) do
  for _, a in ipairs(r.result or {}) do
    table.insert(actions, a.title)
    if a.title:find('^Replace "Helped build"') and not fix then fix = a end
  end
end
if fix then vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16') end
local f = io.open(out, 'w')
f:write(vim.fn.json_encode({ filetype = vim.bo[buf].filetype, diagnostics = diagnostics, completions = completions, actions = actions,
  text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') }))
f:close()
vim.cmd('qa!')
`;

/** Runs Neovim with `init` (the README's snippet, as written) on a Markdown résumé; returns what the driver saw. */
function runNeovim(name: string, init: string): EditorResult {
  const { dir, file } = project(name);
  const home = join(tmp, `${name}-home`);
  mkdirSync(home, { recursive: true });
  const initFile = join(tmp, `${name}-init.lua`);
  const driver = join(tmp, `${name}-driver.lua`);
  const out = join(tmp, `${name}.json`);
  writeFileSync(initFile, init);
  writeFileSync(driver, NVIM_DRIVER);
  const r = spawnSync('nvim', ['--headless', '-i', 'NONE', '-u', initFile, file, '-c', `luafile ${driver}`], { cwd: dir, encoding: 'utf8', env: env(home, { RS_OUT: out }), timeout: 120_000 });
  assert.ok(existsSync(out), `Neovim wrote no result (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as EditorResult & { error?: string };
  assert.equal(result.error, undefined, `${result.error}\n${r.stderr}`);
  return result;
}

test('Neovim 0.7–0.10: the README block, as written, in Debian\'s Neovim', () => {
  const { lang, code } = readmeBlock('neovim-0.7');
  assert.equal(lang, 'lua');
  const r = runNeovim('nvim07', code);
  assert.equal(r.filetype, 'markdown', 'the résumé stays Markdown');
  checkResult(r, 'Neovim');
});

test('Neovim 0.11+: the README block, as written, with vim.lsp.config/enable stood in on Debian\'s 0.7', () => {
  const { lang, code } = readmeBlock('neovim-0.11');
  assert.equal(lang, 'lua');
  // Neovim 0.11 is not packaged for Debian 12. These lines stand in for its vim.lsp.config and
  // vim.lsp.enable: keep the config, and on each of its filetypes start its cmd (once) with the
  // root found by its root_markers, and attach the buffer, so the block's own values are what run.
  const standIn = String.raw`
if vim.fn.has('nvim-0.11') == 0 then
  local configs = {}
  vim.lsp.config = function(name, cfg) configs[name] = cfg end
  vim.lsp.enable = function(name)
    local cfg = configs[name]
    vim.api.nvim_create_autocmd('FileType', { pattern = cfg.filetypes, callback = function(args)
      local root = vim.fn.getcwd()
      for _, marker in ipairs(cfg.root_markers or {}) do
        local found = vim.fn.finddir(marker, vim.fn.expand('%:p:h') .. ';')
        if found == '' then found = vim.fn.findfile(marker, vim.fn.expand('%:p:h') .. ';') end
        if found ~= '' then root = vim.fn.fnamemodify(found, ':p:h:h'); break end
      end
      _G.__resume_studio_id = _G.__resume_studio_id or vim.lsp.start_client({ name = name, cmd = cfg.cmd, root_dir = root })
      vim.lsp.buf_attach_client(args.buf, _G.__resume_studio_id)
    end })
  end
end
`;
  assert.match(code, /filetypes = \{ 'markdown', 'text', 'yaml', 'json' \}/, 'the 0.11 block attaches to every résumé format');
  const r = runNeovim('nvim011', standIn + code);
  checkResult(r, 'Neovim (0.11 block)');
});

/** Elisp run after the README's snippet: the command loop's hooks (batch mode has none), diagnostics through Flymake, a completion through Eglot's capf, a quick fix applied by Eglot. */
const EMACS_DRIVER = String.raw`
(require 'json)
(defvar rs-out (getenv "RS_OUT"))
(defun rs-wait (what pred secs)
  (let ((deadline (+ (float-time) secs)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.1)
      (run-hooks 'post-command-hook))
    (unless v
      (with-temp-file rs-out (insert (json-encode (list :error (format "timed out waiting for %s" what)))))
      (kill-emacs 1))
    v))
(find-file (getenv "RS_FILE"))
(rs-wait "Eglot to connect" #'eglot-current-server 60)
(let* ((diags (rs-wait "diagnostics" (lambda () (flymake-start) (flymake-diagnostics)) 60))
       (texts (mapcar #'flymake-diagnostic-text diags)))
  (goto-char (point-min))
  (search-forward "- Helped build")
  (beginning-of-line)
  (forward-char 2)
  (let* ((capf (eglot-completion-at-point))
         (cands (all-completions "" (nth 2 capf)))
         (pos (eglot--pos-to-lsp-position (point)))
         (actions (jsonrpc-request (eglot-current-server) :textDocument/codeAction
                                   (list :textDocument (eglot--TextDocumentIdentifier)
                                         :range (list :start pos :end pos)
                                         :context (list :diagnostics []))))
         (titles (mapcar (lambda (a) (plist-get a :title)) actions))
         (fix (seq-find (lambda (a) (string-prefix-p "Replace \"Helped build\"" (plist-get a :title))) actions)))
    (when fix (eglot--apply-workspace-edit (plist-get fix :edit)))
    (let ((result (json-encode (list :major (symbol-name major-mode)
                                     :diagnostics (vconcat texts)
                                     :completions (vconcat cands)
                                     :actions (vconcat titles)
                                     :text (buffer-substring-no-properties (point-min) (point-max))))))
      (with-temp-file rs-out (insert result)))))
(kill-emacs 0)
`;

test('Emacs with Eglot: the README block, as written, in Debian\'s Emacs with elpa-eglot', () => {
  const { lang, code } = readmeBlock('emacs-eglot');
  assert.equal(lang, 'elisp');
  const { dir, file } = project('emacs');
  const home = join(tmp, 'emacs-home');
  mkdirSync(home, { recursive: true });
  const snippet = join(tmp, 'emacs-init.el');
  const driver = join(tmp, 'emacs-driver.el');
  const out = join(tmp, 'emacs.json');
  // An interactive Emacs activates installed packages (markdown-mode) at startup; batch mode does not.
  writeFileSync(snippet, `(package-initialize)\n${code}`);
  writeFileSync(driver, EMACS_DRIVER);
  const r = spawnSync('emacs', ['--batch', '-l', snippet, '-l', driver], { cwd: dir, encoding: 'utf8', env: env(home, { RS_OUT: out, RS_FILE: file }), timeout: 120_000 });
  assert.ok(existsSync(out), `Emacs wrote no result (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as EditorResult & { error?: string };
  assert.equal(result.error, undefined, `${result.error}\n${r.stderr}`);
  assert.equal(result.major, 'markdown-mode', 'the résumé stays in markdown-mode');
  checkResult(result, 'Emacs');
});

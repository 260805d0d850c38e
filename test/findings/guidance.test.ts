import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { OsvAffected, OsvRecord } from '../../src/core/osv.js';
import {
  buildGuidance,
  cacheCommand,
  collectIndicators,
  collectLinks,
  describeAffected,
  affectedEntries,
  guidanceKind,
  recordDetails,
  whatWasTaken,
  type GuidanceInput,
} from '../../src/findings/guidance/guidance.js';
import { DATA } from '../helpers.js';
import type { WorkflowSecrets } from '../../src/core/guidance-types.js';

/** The real records these tests use, read from the vendored OSV records (data/osv). */
const WANTED = new Set([
  'MAL-2025-47604',
  'MAL-2026-2307',
  'MAL-2026-11524',
  'MAL-2025-20690',
  'MAL-2024-11029',
  'MAL-2025-47141',
]);
const RECORDS = new Map<string, OsvRecord>();
for (const line of gunzipSync(readFileSync(path.join(DATA, 'osv-malicious-npm.jsonl.gz')))
  .toString('utf8')
  .split('\n')) {
  const id = /"id":\s*"([^"]+)"/.exec(line)?.[1];
  if (id && WANTED.has(id)) RECORDS.set(id, JSON.parse(line) as OsvRecord);
}

function record(id: string): OsvRecord {
  const found = RECORDS.get(id);
  if (!found) throw new Error(`record ${id} is not in the snapshot`);
  return found;
}

function input(overrides: Partial<GuidanceInput> & Pick<GuidanceInput, 'name' | 'version' | 'records'>): GuidanceInput {
  return {
    change: 'added',
    from: [],
    installScript: false,
    direct: true,
    via: [],
    lockfile: 'package-lock.json',
    format: 'npm',
    ...overrides,
  };
}

const CI: WorkflowSecrets = {
  path: '.github/workflows/ci.yml',
  installsDependencies: true,
  installs: ['job test runs `npm ci`'],
  secrets: ['AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN'],
  notes: [],
};
const LABELS: WorkflowSecrets = {
  path: '.github/workflows/labels.yml',
  installsDependencies: false,
  installs: [],
  secrets: ['SLACK_WEBHOOK'],
  notes: [],
};
const BROKEN: WorkflowSecrets = {
  path: '.github/workflows/broken.yml',
  installsDependencies: false,
  installs: [],
  secrets: [],
  notes: [],
  error: 'not valid YAML at line 4',
};

describe('postmark-mcp (MAL-2025-47604: introduced 1.0.16, a compromised release)', () => {
  const postmark = record('MAL-2025-47604');
  const upgrade = input({
    name: 'postmark-mcp',
    version: '1.0.16',
    change: 'upgraded',
    from: ['1.0.15'],
    records: [postmark],
  });

  it('is a compromised release, affected from 1.0.16 on', () => {
    const guidance = buildGuidance(upgrade);
    expect(guidance.kind).toBe('compromised-release');
    expect(guidance.affected).toBe('1.0.16 and later');
  });

  it('pins to the base version 1.0.15, which the range does not cover, and regenerates the lockfile', () => {
    const pin = buildGuidance(upgrade).now.find((step) => step.startsWith('Pin '));
    expect(pin).toBeDefined();
    expect(pin).toContain('postmark-mcp to 1.0.15');
    expect(pin).toContain('package-lock.json');
    expect(pin).toContain('npm install --package-lock-only');
    expect(pin).not.toMatch(/remove/i);
  });

  it('falls back to "below 1.0.16" when the base version is itself affected', () => {
    const guidance = buildGuidance({ ...upgrade, version: '1.0.18', from: ['1.0.17'] });
    const pin = guidance.now.find((step) => step.startsWith('Pin '));
    expect(pin).toContain('below 1.0.16');
    expect(pin).not.toContain('1.0.17,');
  });

  it('with several base copies, pins to the highest one the range does not cover', () => {
    const several = buildGuidance({ ...upgrade, from: ['1.0.14', '1.0.15', '1.0.17'] });
    expect(several.now.find((step) => step.startsWith('Pin '))).toContain('postmark-mcp to 1.0.15,');
  });

  it('says "below 1.0.16" for an --all scan, where nothing is known about the base', () => {
    const guidance = buildGuidance({ ...upgrade, change: 'present', from: [] });
    expect(guidance.now[0]).toContain('already in package-lock.json');
    expect(guidance.now.find((step) => step.startsWith('Pin '))).toContain('below 1.0.16');
  });

  it('links to osv.dev and to the write-up the record references', () => {
    const links = buildGuidance(upgrade).links;
    expect(links).toEqual([
      { id: 'MAL-2025-47604', url: 'https://osv.dev/vulnerability/MAL-2025-47604', kind: 'record' },
      {
        id: 'MAL-2025-47604',
        url: 'https://www.koi.security/blog/postmark-mcp-npm-malicious-backdoor-email-theft',
        kind: 'article',
      },
    ]);
  });

  it("says what the record's source says the code does, and that it took emails", () => {
    const guidance = buildGuidance({ ...upgrade, recordSources: ['snapshot'] });
    expect(guidance.details).toEqual([
      {
        id: 'MAL-2025-47604',
        source: 'google-open-source-security',
        text: 'This package turned malicious in v1.0.16 and exfiltrates email data via BCC.',
      },
    ]);
    expect(guidance.taken.map((t) => t.kind)).toEqual(['emails']);
    expect(guidance.taken[0]?.evidence).toContain('exfiltrates email data via BCC');
    expect(guidance.fix).toBe(guidance.now[1]);
  });

  it("pins a transitive dependency through the format's override field", () => {
    const pnpm = buildGuidance({
      ...upgrade,
      direct: false,
      via: ['mcp-tools@2.0.0', 'postmark-mcp@1.0.16'],
      lockfile: 'pnpm-lock.yaml',
      format: 'pnpm',
    });
    const pin = pnpm.now.find((step) => step.startsWith('Pin ')) ?? '';
    expect(pin).toContain('pnpm.overrides');
    expect(pin).toContain('mcp-tools@2.0.0 → postmark-mcp@1.0.16');
    expect(pin).toContain('pnpm install --lockfile-only');
  });
});

describe('axios (MAL-2026-2307: explicit versions, iocs, GHSA alias)', () => {
  const axios = record('MAL-2026-2307');
  const guidance = buildGuidance(
    input({
      name: 'axios',
      version: '1.14.1',
      change: 'upgraded',
      from: ['1.14.0'],
      installScript: undefined,
      records: [axios],
    }),
    [CI, LABELS, BROKEN],
  );

  it('is a compromised release listing both bad versions', () => {
    expect(guidance.kind).toBe('compromised-release');
    expect(guidance.affected).toBe('0.30.4, 1.14.1');
    expect(guidance.now.find((step) => step.startsWith('Pin '))).toContain('axios to 1.14.0');
  });

  it('says "below 1.14.1", not "below 0.30.4", when the base version is unknown', () => {
    const present = buildGuidance(input({ name: 'axios', version: '1.14.1', change: 'present', records: [axios] }));
    const pin = present.now.find((step) => step.startsWith('Pin ')) ?? '';
    expect(pin).toContain('below 1.14.1');
    expect(pin).not.toContain('0.30.4');
  });

  it("carries the record's indicators of compromise", () => {
    expect(guidance.indicators).toEqual({
      domains: ['sfrclak.com'],
      ips: ['142.11.206.73'],
      urls: ['http://sfrclak.com:8000/6202033'],
    });
    expect(guidance.now.some((step) => step.includes('3 indicators'))).toBe(true);
  });

  it('links MAL and GHSA pages once, then every reference: the article and the report', () => {
    expect(guidance.links).toEqual([
      { id: 'MAL-2026-2307', url: 'https://osv.dev/vulnerability/MAL-2026-2307', kind: 'record' },
      { id: 'GHSA-fw8c-xr5c-95f9', url: 'https://github.com/advisories/GHSA-fw8c-xr5c-95f9', kind: 'record' },
      {
        id: 'MAL-2026-2307',
        url: 'https://www.stepsecurity.io/blog/axios-compromised-on-npm-malicious-versions-drop-remote-access-trojan',
        kind: 'article',
      },
      { id: 'MAL-2026-2307', url: 'https://github.com/axios/axios/issues/10604', kind: 'report' },
    ]);
  });

  it('lists the installing workflow with GITHUB_TOKEN first, and the unparsable one with a note', () => {
    expect(guidance.rotate.ci).toEqual([
      { workflow: '.github/workflows/ci.yml', secrets: ['GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN'] },
      {
        workflow: '.github/workflows/broken.yml',
        secrets: ['GITHUB_TOKEN'],
        note: expect.stringContaining('not valid YAML at line 4') as unknown as string,
      },
    ]);
    expect(guidance.rotate.ciNote).toContain('GITHUB_TOKEN');
    expect(JSON.stringify(guidance.rotate)).not.toContain('SLACK_WEBHOOK');
  });

  it('names the machine credentials to rotate', () => {
    const text = guidance.rotate.machines.join('\n');
    for (const word of ['.npmrc', 'gh CLI', 'SSH', 'AWS', 'Google Cloud', 'Azure', '.env'])
      expect(text).toContain(word);
  });
});

describe('packages malicious in every version (introduced "0")', () => {
  it('flatmap-stream, pulled in through event-stream: remove it and the direct dependency at the top of the chain', () => {
    const guidance = buildGuidance(
      input({
        name: 'flatmap-stream',
        version: '0.1.1',
        direct: false,
        via: ['nodemon@1.18.5', 'pstree.remy@1.1.0', 'event-stream@3.3.6', 'flatmap-stream@0.1.1'],
        lockfile: 'yarn.lock',
        format: 'yarn-classic',
        records: [record('MAL-2025-20690')],
      }),
    );
    expect(guidance.kind).toBe('malicious-package');
    expect(guidance.affected).toBe('every version');
    const remove = guidance.now[1] ?? '';
    expect(remove).toMatch(/^Remove flatmap-stream and nodemon@1\.18\.5/);
    expect(remove).toContain('event-stream@3.3.6');
    expect(guidance.now.some((step) => step.startsWith('Pin '))).toBe(false);
    expect(guidance.now).toContain('Purge the package-manager cache on those machines: `yarn cache clean`.');
  });

  it('babelcl, a direct typosquat with versions and introduced "0": remove it from package.json', () => {
    const babelcl = record('MAL-2024-11029');
    const guidance = buildGuidance(input({ name: 'babelcl', version: '0.0.6', records: [babelcl] }));
    expect(guidance.kind).toBe('malicious-package');
    expect(guidance.now[1]).toMatch(/^Remove babelcl from package\.json/);
    // GHSA alias linked once (its ADVISORY reference is the same page), the SNYK alias only through its reference.
    expect(guidance.links.map((l) => l.url)).toEqual([
      'https://osv.dev/vulnerability/MAL-2024-11029',
      'https://github.com/advisories/GHSA-wrwp-mvc9-f4gm',
      'https://security.snyk.io/vuln/SNYK-JS-BABELCL-8422601',
      'https://npmjs.com/package/babelcl',
      'https://socket.dev/blog/malicious-npm-packages-inject-ssh-backdoors-via-typosquatted-libraries',
    ]);
  });

  it('an every-version range wins over a bounded one in the same entry', () => {
    const entries: OsvAffected[] = [
      {
        package: { ecosystem: 'npm', name: 'x' },
        ranges: [
          { type: 'SEMVER', events: [{ introduced: '0' }] },
          { type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] },
        ],
      },
    ];
    expect(guidanceKind(entries)).toBe('malicious-package');
  });

  it('@ctrl/tinycolor: the superseded every-version import is not what the record says now', () => {
    const entries = affectedEntries([record('MAL-2025-47141')], '@ctrl/tinycolor');
    expect(guidanceKind(entries)).toBe('compromised-release');
    const guidance = buildGuidance(
      input({
        name: '@ctrl/tinycolor',
        version: '4.1.1',
        change: 'upgraded',
        from: ['4.1.0'],
        records: [record('MAL-2025-47141')],
      }),
    );
    expect(guidance.affected).toBe('4.1.1 through 4.1.2');
    expect(guidance.headline).toMatch(/compromised release of @ctrl\/tinycolor/);
    expect(guidance.now[1]).toMatch(/^Pin @ctrl\/tinycolor to 4\.1\.0, the version on the base branch/);
  });

  // An entry that installs another package (resolved-mismatch): its base versions are of its own name.
  it('an entry that installs another package is restored, never pinned to a version of its own name', () => {
    const guidance = buildGuidance(
      input({
        name: 'postmark-mcp',
        version: '1.0.16',
        entryName: 'benign',
        change: 'changed',
        from: ['1.0.0'],
        lockfile: 'yarn.lock',
        format: 'yarn-classic',
        records: [record('MAL-2025-47604')],
      }),
    );
    expect(guidance.fix).toBe(
      'Restore from the base branch the benign entry of yarn.lock and any file it installs from that the change replaced (a committed tarball), then regenerate yarn.lock without running install scripts (`yarn install --ignore-scripts`): the entry names benign but installs `postmark-mcp@1.0.16`.',
    );
    expect(guidance.now).toContain(guidance.fix);
    const same = buildGuidance(
      input({
        name: 'postmark-mcp',
        version: '1.0.16',
        entryName: 'postmark-mcp',
        change: 'upgraded',
        from: ['1.0.0'],
        records: [record('MAL-2025-47604')],
      }),
    );
    expect(same.fix).toMatch(/^Pin postmark-mcp to 1\.0\.0, the version on the base branch/);
  });

  it('words the every-version headline by what the record says, not by a guess', () => {
    const every = {
      package: { ecosystem: 'npm', name: 'x' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }],
    };
    const headline = (details: string) =>
      buildGuidance(input({ name: 'x', version: '1.0.0', records: [{ id: 'MAL-X', details, affected: [every] }] }))
        .headline;
    const attack = headline(
      'Any computer that has this package installed or running should be considered fully compromised.',
    );
    expect(attack).toMatch(
      /^The advisory covers every version of x: its record describes a package published to attack/,
    );
    expect(attack).not.toMatch(/look-alike|dependency-confusion/);
    expect(headline('The package was compromised and malicious code added.')).toMatch(
      /every version of x, and its record describes a takeover of a real package/,
    );
  });

  it('a record with no affected entry gets the cautious advice', () => {
    expect(guidanceKind([])).toBe('malicious-package');
  });
});

describe('exposure by install script', () => {
  const keyv = record('MAL-2026-11524');
  const base = input({ name: 'keyv', version: '6.0.0', change: 'upgraded', from: ['5.5.3'], records: [keyv] });

  it('true: install time, every machine and CI job that installed it', () => {
    const exposure = buildGuidance({ ...base, installScript: true }).exposure;
    expect(exposure.when).toBe('install');
    expect(exposure.text).toContain('install script');
    expect(exposure.text).toContain('every machine and CI job that installed');
  });

  it('false: when code that requires it runs (tests, builds, app start)', () => {
    const exposure = buildGuidance({ ...base, installScript: false }).exposure;
    expect(exposure.when).toBe('runtime');
    expect(exposure.text).toMatch(/tests, builds or the app/);
    expect(exposure.text).toContain('a plain install did not run it');
  });

  it('undefined: the format does not record install scripts, so assume install time', () => {
    const exposure = buildGuidance({
      ...base,
      installScript: undefined,
      format: 'yarn-berry',
      lockfile: 'yarn.lock',
    }).exposure;
    expect(exposure.when).toBe('unknown');
    expect(exposure.text).toContain('yarn.lock (Yarn Berry) does not record install scripts');
    expect(exposure.text).toMatch(/^Assume install time/);
  });

  it('keyv: explicit version 6.0.0 only, so the clean base 5.5.3 is the pin', () => {
    const guidance = buildGuidance(base);
    expect(guidance.kind).toBe('compromised-release');
    expect(guidance.now.find((step) => step.startsWith('Pin '))).toContain('keyv to 5.5.3');
    // Its indicators are file hashes and tarball integrity, no domains: nothing to search logs for.
    expect(guidance.indicators).toEqual({ domains: [], ips: [], urls: [] });
  });
});

describe('indicators and links from untrusted records', () => {
  it('reads domains from affected[].database_specific.indicators, de-duplicated across aliased records', () => {
    // keyv's real record has `indicators` without domains; this copy adds the
    // `domains` key the malicious-packages schema allows there.
    const keyv = structuredClone(record('MAL-2026-11524'));
    const entry = keyv.affected?.[0];
    if (!entry?.database_specific) throw new Error('keyv record shape changed');
    (entry.database_specific.indicators as Record<string, unknown>).domains = ['Evil.example', 'evil.example', 42];
    const aliased: OsvRecord = {
      id: 'GHSA-aaaa-bbbb-cccc',
      database_specific: { iocs: { domains: ['evil.example', 'c2.example'] } },
    };
    expect(collectIndicators([keyv, aliased]).domains).toEqual(['evil.example', 'c2.example']);
  });

  it('bounds indicator counts and strips control characters', () => {
    const many: OsvRecord = {
      id: 'MAL-0000-1',
      database_specific: {
        iocs: {
          domains: Array.from({ length: 500 }, (_, i) => `d${i}.example`),
          urls: ['http://x.example/\u001b[31mred'],
        },
      },
    };
    const indicators = collectIndicators([many]);
    expect(indicators.domains.length).toBeLessThanOrEqual(50);
    expect(indicators.urls[0]).not.toContain('\u001b');
  });

  it('keeps only https references and id-shaped ids', () => {
    const hostile: OsvRecord = {
      id: 'MAL-0000-2',
      aliases: ['javascript:alert(1)', 'GHSA-zzzz-zzzz-zzzz'],
      references: [
        { type: 'ADVISORY', url: 'javascript:alert(1)' },
        { type: 'REPORT', url: 'https://example.com/a b' },
        { type: 'REPORT', url: 'https://example.com/ok' },
      ],
    };
    expect(collectLinks([hostile]).map((l) => l.url)).toEqual([
      'https://osv.dev/vulnerability/MAL-0000-2',
      'https://github.com/advisories/GHSA-zzzz-zzzz-zzzz',
      'https://example.com/ok',
    ]);
  });

  it('defangs addresses in details, bounds them, and reads what was taken per sentence', () => {
    const text = [
      '---',
      '_-= Per source details. Do not edit below this line.=-_',
      '',
      '## Source: checkmarx (0123abcd)',
      `Steals environment variables and npm tokens, sending them to https://c2.evil.example/collect and exfil.example.com. ${'x'.repeat(2000)}`,
      '',
      '## Source: ghsa-malware (4567ef)',
      'Any computer that has this package installed or running should be considered fully compromised. All secrets and keys stored on that computer should be rotated immediately from a different computer.',
    ].join('\n');
    const details = recordDetails([{ id: 'MAL-0000-9', details: text }], () => 'osv');
    expect(details.map((d) => d.source)).toEqual(['checkmarx', 'ghsa-malware']);
    expect(details[0]?.text).toContain('hxxps://c2[.]evil[.]example/collect and exfil[.]example[.]com.');
    expect(details[0]!.text.length).toBeLessThanOrEqual(601);
    // The boilerplate "rotate all secrets" says nothing about what was taken.
    expect(whatWasTaken(details).map((t) => t.kind)).toEqual(['environment', 'credentials']);
    expect(whatWasTaken(details.slice(1))).toEqual([]);
  });

  it('reads no loss from a quoted package name or a text without a verb of taking', () => {
    const said = (text: string) => whatWasTaken([{ id: 'MAL-0000-8', source: 'x', text }]).map((t) => t.kind);
    expect(
      said(
        "The OpenSSF Package Analysis project identified 'api-code-capture-chrome-extension' @ 20.0.1 (npm) as malicious.",
      ),
    ).toEqual([]);
    expect(said('The package communicates with a domain associated with malicious activity.')).toEqual([]);
    expect(
      said('The package contains code to exfiltrate environment variables to an attacker-controlled server.'),
    ).toEqual(['environment']);
  });

  it('attributes a details text without source sections to the advisory source', () => {
    const details = recordDetails([{ id: 'GHSA-aaaa-bbbb-cccc', details: 'Drains crypto wallets.' }], () => 'github');
    expect(details).toEqual([{ id: 'GHSA-aaaa-bbbb-cccc', source: 'github', text: 'Drains crypto wallets.' }]);
    expect(whatWasTaken(details).map((t) => t.kind)).toEqual(['wallets']);
  });

  it('bounds a hostile package name in the steps', () => {
    const long = `evil${'x'.repeat(5000)}\u0007`;
    const guidance = buildGuidance(input({ name: long, version: '1.0.0', records: [record('MAL-2025-20690')] }));
    for (const step of guidance.now) {
      expect(step.length).toBeLessThan(1200);
      expect(step).not.toContain('\u0007');
    }
  });
});

describe('package-manager cache commands', () => {
  it.each([
    ['npm', 'npm cache clean --force'],
    ['yarn-classic', 'yarn cache clean'],
    ['yarn-berry', 'yarn cache clean --all'],
    ['pnpm', 'pnpm store prune'],
    ['bun', 'bun pm cache rm'],
  ] as const)('%s: %s', (format, command) => {
    expect(cacheCommand(format)).toBe(command);
  });
});

describe('describeAffected', () => {
  it('describes bounded ranges', () => {
    expect(
      describeAffected([
        { ranges: [{ type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] }] },
        { ranges: [{ type: 'SEMVER', events: [{ introduced: '2.0.0' }, { fixed: '2.1.0' }] }] },
      ]),
    ).toBe('4.1.1 through 4.1.2; 2.0.0 up to (not including) 2.1.0');
  });

  it('offers the fixed version as a way out of a bounded range', () => {
    const guidance = buildGuidance(
      input({
        name: 'somepkg',
        version: '2.0.5',
        records: [
          {
            id: 'MAL-0000-3',
            affected: [
              {
                package: { name: 'somepkg' },
                ranges: [{ type: 'SEMVER', events: [{ introduced: '2.0.3' }, { fixed: '2.0.7' }] }],
              },
            ],
          },
        ],
      }),
    );
    const pin = guidance.now.find((step) => step.startsWith('Pin ')) ?? '';
    expect(pin).toContain('below 2.0.3');
    expect(pin).toContain('or to 2.0.7 or later');
  });
});

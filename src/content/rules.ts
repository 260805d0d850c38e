/**
 * The content rules: what the new version's code adds that the replaced
 * version did not have, judged from the package diff (diff.ts) and the facts
 * in it (scan.ts). One entry per rule in RULES, each with its default level
 * and the help text the renderers show (SARIF `help`, docs).
 *
 * Every rule compares against the old version: an endpoint is new when its
 * registrable domain occurs nowhere in the old package (docs included); a
 * capability, secret access or obfuscation is new when the old package had
 * none of that kind. That is what keeps HTTP clients, telemetry SDKs, AWS
 * region tables and rebuilt bundles quiet: they name the same domains and use
 * the same capabilities as the version before.
 *
 * For a package new to the lockfile there is no old version; only the rules
 * that need no baseline run (obfuscation, install-time code, secrets sent to
 * an endpoint), since every line of it is "new".
 *
 * Pure: file maps in, signals out.
 */
import { CONTENT_SIGNAL_NAMES, type ContentSignalName, type Evidence } from '../core/signals.js';
import {
  diffPackages,
  decodeText,
  fileKind,
  forEachUnit,
  isExecutableBinary,
  type AddedUnit,
  type FileDiff,
} from './diff.js';
import {
  decodedLiterals,
  excerpt,
  findCapabilities,
  findEndpoints,
  findObfuscation,
  findSecrets,
  findSensitiveData,
  type Capability,
  type Endpoint,
  type ObfuscationKind,
  type SecretKind,
} from './scan.js';

export type ContentLevel = 'fail' | 'warn' | 'off';

/** The rules' signals (content-not-read and content-not-compared are the fetch edge's, not a rule's). */
export type ContentRuleName = Exclude<ContentSignalName, 'content-not-read' | 'content-not-compared'>;
export const CONTENT_RULE_NAMES = CONTENT_SIGNAL_NAMES.filter(
  (n): n is ContentRuleName => n !== 'content-not-read' && n !== 'content-not-compared',
);

export interface ContentResult {
  signal: ContentRuleName;
  level: 'fail' | 'warn';
  detail: string;
  evidence: Evidence[];
}

export interface ContentRule {
  name: ContentRuleName;
  level: 'fail' | 'warn';
  title: string;
  /** What it means and what to do; SARIF rule help and the docs. */
  help: string;
}

export const RULES: Record<ContentRuleName, ContentRule> = {
  'content-exfiltration': {
    name: 'content-exfiltration',
    level: 'fail',
    title: 'New endpoint beside key, seed, credential, mail or environment data',
    help:
      'The new version adds a URL, host, IP address or hard-coded mail recipient that the old version never named, ' +
      'and the same added code handles private keys, seeds, passwords, credential files, process.env or the mail ' +
      'being sent. This is how @solana/web3.js 1.95.6, xrpl 4.2.1 and postmark-mcp 1.0.16 stole data. Read the ' +
      "evidence lines; if the endpoint is not the project's own, pin the previous version and rotate what it could read.",
  },
  'content-obfuscation': {
    name: 'content-obfuscation',
    level: 'fail',
    title: 'Obfuscated code added to a package that had none',
    help:
      'The new version adds javascript-obfuscator output (_0x names, a rotated string array), code pushed off-screen ' +
      'after a long run of whitespace, or an endpoint hidden in a base64 or escaped string, and the old version had ' +
      'nothing of the kind. Maintainers do not ship this by accident (chalk/debug, September 2025). Pin the previous version.',
  },
  'content-exec-endpoint': {
    name: 'content-exec-endpoint',
    level: 'fail',
    title: 'New process execution together with a new endpoint',
    help:
      'The new version starts processes (child_process, rundll32, a shell) for the first time and, in the same added ' +
      'code, names an endpoint the old version never named: the shape of a downloader or a remote shell.',
  },
  'content-install-network': {
    name: 'content-install-network',
    level: 'fail',
    title: 'Install-time code reaches the network or runs a new binary',
    help:
      'A new or changed preinstall/install/postinstall script, or the file it runs, downloads something, talks to a ' +
      'host, or starts a binary this version added. It runs on every developer machine and CI runner at install time, ' +
      'with their tokens (ua-parser-js 0.7.29, eslint-scope 3.7.2, eslint-config-prettier 8.10.1).',
  },
  'content-install-script': {
    name: 'content-install-script',
    level: 'warn',
    title: 'New or changed install script',
    help: 'The new version adds or changes a preinstall/install/postinstall script. Read what it runs (the evidence quotes it).',
  },
  'content-endpoint': {
    name: 'content-endpoint',
    level: 'warn',
    title: 'New endpoint',
    help:
      "The new version's code names a URL, host or IP address whose domain occurs nowhere in the old version " +
      "(documentation, comments and type declarations do not count). Usually a new API or mirror; check that it is the project's.",
  },
  'content-capability': {
    name: 'content-capability',
    level: 'warn',
    title: 'New capability',
    help:
      'The new version uses process execution, dynamic code (eval, new Function, vm), raw sockets or DNS, or HTTP, ' +
      'and the old version did not. Check that the feature explains it.',
  },
  'content-secret-access': {
    name: 'content-secret-access',
    level: 'warn',
    title: 'New access to secrets',
    help:
      'The new version reads credential files (~/.npmrc, ~/.ssh, ~/.aws), wallet or browser-profile paths, names ' +
      'CI token variables, or serialises process.env, and the old version did not.',
  },
  'content-encoded': {
    name: 'content-encoded',
    level: 'warn',
    title: 'New densely escaped or high-entropy code',
    help:
      'The new version adds long runs of \\x/\\u escapes or long high-entropy string literals, and the old version had ' +
      'none. Often an embedded asset; sometimes a packed payload.',
  },
  'content-binary': {
    name: 'content-binary',
    level: 'warn',
    title: 'New binary in a package that shipped none',
    help:
      'The new version adds an executable binary (ELF, PE, Mach-O, .node, .dll) and the old version shipped none. ' +
      'A platform binary that replaces an older one is not reported.',
  },
};

export interface ContentSettings {
  levels: Partial<Record<ContentRuleName, ContentLevel>>;
  /** Registrable domains (or hosts) never reported as new endpoints. */
  allowedEndpoints: string[];
}

/** The config file's `content` section, validated (config/config-file.ts). */
export interface ContentConfig {
  levels: ContentSettings['levels'];
  allowedEndpoints: string[];
  /** Unpacked size cap per tarball, in bytes. */
  maxUnpackedBytes?: number;
}

export const DEFAULT_CONTENT_SETTINGS: ContentSettings = { levels: {}, allowedEndpoints: [] };

/** "The same added code": this many lines apart at most (or pieces of one long line). */
const NEAR = 40;
const MAX_EVIDENCE = 5;
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

type Files = ReadonlyMap<string, Uint8Array>;

/**
 * What the old package has, asked lazily: the new side names a handful of
 * endpoints and kinds, so each is looked up in the old text once, instead of
 * extracting every fact from megabytes of old bundles.
 */
class Baseline {
  private lowered: string[] | undefined;
  private code: string[] | undefined;
  private readonly memo = new Map<string, boolean>();
  readonly binaries: boolean;

  constructor(private readonly files: Files) {
    let binaries = false;
    for (const [path, bytes] of files) {
      if (fileKind(path, bytes) === 'binary')
        binaries ||= isExecutableBinary(bytes) || /\.(node|dll|exe|so|dylib)$/i.test(path);
    }
    this.binaries = binaries;
  }

  /** The endpoint's key (or exact value) occurs anywhere in the old package, docs and comments included. */
  hasEndpoint(e: Endpoint): boolean {
    return this.ask(`e:${e.key}`, () => {
      const needles = [e.key.toLowerCase(), e.value.toLowerCase()];
      if (this.texts().some((t) => needles.some((n) => t.includes(n)))) return true;
      // Known only in an encoded literal of the old version (rare): decode and look.
      return this.codeTexts().some((t) => decodedLiterals(t).some((d) => d.text.toLowerCase().includes(needles[0]!)));
    });
  }

  has(kind: string, find: (text: string) => { kind: string }[]): boolean {
    return this.ask(`k:${kind}`, () =>
      this.codeTexts().some((t) => {
        let hit = false;
        forEachUnit(t, (unit) => {
          if (!hit && unit.trim() && find(unit).some((h) => h.kind === kind)) hit = true;
        });
        return hit;
      }),
    );
  }

  private ask(key: string, compute: () => boolean): boolean {
    let v = this.memo.get(key);
    if (v === undefined) {
      v = compute();
      this.memo.set(key, v);
    }
    return v;
  }

  private texts(): string[] {
    this.lowered ??= [...this.files]
      .filter(([p, b]) => fileKind(p, b) !== 'binary')
      .map(([, b]) => decodeText(b).toLowerCase());
    return this.lowered;
  }

  private codeTexts(): string[] {
    this.code ??= [...this.files]
      .filter(([p, b]) => ['code', 'manifest'].includes(fileKind(p, b)) && !p.endsWith('.map'))
      .map(([, b]) => decodeText(b));
    return this.code;
  }
}

interface UnitFacts {
  file: string;
  unit: AddedUnit;
  endpoints: Endpoint[];
  capabilities: Capability[];
  secrets: SecretKind[];
  sensitive: number;
  obfuscation: { kind: ObfuscationKind; index: number }[];
}

function evidence(f: UnitFacts, index: number): Evidence {
  return { file: f.file, line: f.unit.line, excerpt: excerpt(f.unit.text, index) };
}

function manifestScripts(files: Files | undefined): Record<string, string> {
  const bytes = files?.get('package.json');
  if (!bytes) return {};
  try {
    const pkg = JSON.parse(decodeText(bytes)) as { scripts?: Record<string, unknown> };
    const out: Record<string, string> = {};
    for (const s of INSTALL_SCRIPTS) {
      const v = pkg.scripts?.[s];
      if (typeof v === 'string') out[s] = v;
    }
    return out;
  } catch {
    return {};
  }
}

function manifestLine(files: Files, script: string): number {
  const text = decodeText(files.get('package.json') ?? new Uint8Array());
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(`"${script}"`));
  return i < 0 ? 1 : i + 1;
}

/** Package files an install command (or an install file) names: `node ./lib/build.js` → `lib/build.js`. */
function namedFiles(text: string, files: Files): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(
    /[\w./@-]+\.(?:c?js|mjs|sh|bat|cmd|ps1|py|dll|node|exe|so|dylib)\b|(?<=\s|^)\.\/[\w./-]+/g,
  )) {
    const p = m[0].replace(/^\.\//, '');
    if (files.has(p)) out.add(p);
    else {
      const base = p.split('/').pop()!;
      for (const f of files.keys()) if (f === base || f.endsWith(`/${base}`)) out.add(f);
    }
  }
  return [...out];
}

export interface ContentInput {
  /** Files of the version being replaced; undefined for a package new to the lockfile. */
  before?: Files;
  after: Files;
}

/** What every rule of one version reads, and where it reports. */
interface RuleContext {
  /** A package new to the lockfile: nothing to compare with. */
  fresh: boolean;
  /** The files of the version being replaced, when there is one. */
  before: Files | undefined;
  after: Files;
  base: Baseline;
  diff: ReturnType<typeof diffPackages>;
  /** Facts of every added code unit that has any. */
  all: UnitFacts[];
  isAllowed: (e: Endpoint) => boolean;
  isNewEndpoint: (e: Endpoint) => boolean;
  /** Units a fail rule quoted: the weaker rules leave them out. */
  used: Set<string>;
  add: (r: ContentResult) => void;
}

/** The content signals of one version, fail-level first, then in RULES order. */
export function contentSignals(
  input: ContentInput,
  settings: ContentSettings = DEFAULT_CONTENT_SETTINGS,
): ContentResult[] {
  const { before, after } = input;
  const base = new Baseline(before ?? new Map());
  const allowed = settings.allowedEndpoints.map((e) => e.toLowerCase());
  const isAllowed = (e: Endpoint) =>
    allowed.some((a) => e.key === a || e.value.toLowerCase() === a || e.key.endsWith(`.${a}`) || hostOf(e).endsWith(a));
  const isNewEndpoint = (e: Endpoint): boolean => !isAllowed(e) && !base.hasEndpoint(e);
  const diff = diffPackages(before, after);
  const results: ContentResult[] = [];
  const ctx: RuleContext = {
    fresh: before === undefined,
    before,
    after,
    base,
    diff,
    all: unitFacts(diff.files, isNewEndpoint),
    isAllowed,
    isNewEndpoint,
    used: new Set(),
    add: (r) => {
      const setting = settings.levels[r.signal];
      if (setting === 'off') return;
      results.push({ ...r, level: setting ?? r.level, evidence: dedupe(r.evidence).slice(0, MAX_EVIDENCE) });
    },
  };
  for (const { rule, needsPrevious } of CONTENT_RULES) if (!needsPrevious || !ctx.fresh) rule(ctx);
  const order = (r: ContentResult) => (r.level === 'fail' ? 0 : 1) * 100 + CONTENT_RULE_NAMES.indexOf(r.signal);
  return results.sort((a, b) => order(a) - order(b));
}

/** The facts of each added code unit that has any: new endpoints, capabilities, secrets, sensitive data, obfuscation. */
function unitFacts(files: readonly FileDiff[], isNewEndpoint: (e: Endpoint) => boolean): UnitFacts[] {
  const out: UnitFacts[] = [];
  for (const file of files) {
    if (file.kind !== 'code') continue;
    for (const unit of file.added) {
      const f: UnitFacts = {
        file: file.path,
        unit,
        endpoints: findEndpoints(unit.text).filter(isNewEndpoint),
        capabilities: findCapabilities(unit.text).map((h) => h.kind),
        secrets: findSecrets(unit.text).map((h) => h.kind),
        sensitive: findSensitiveData(unit.text),
        obfuscation: findObfuscation(unit.text),
      };
      if (f.endpoints.length || f.capabilities.length || f.secrets.length || f.sensitive >= 0 || f.obfuscation.length)
        out.push(f);
    }
  }
  return out;
}

/** A unit's identity, for `used`. */
function unitId(f: UnitFacts): string {
  return `${f.file}:${f.unit.line}:${f.unit.seq}`;
}

/** Two units of one file within NEAR lines (or NEAR statements of one line). */
function near(a: UnitFacts, b: UnitFacts): boolean {
  return (
    a.file === b.file &&
    (a.unit.line === b.unit.line ? Math.abs(a.unit.seq - b.unit.seq) : Math.abs(a.unit.line - b.unit.line)) <= NEAR
  );
}

/** content-exfiltration: a new endpoint with data beside it; a new hard-coded recipient on its own. */
function exfiltrationRule({ all, fresh, used, add }: RuleContext): void {
  const ev: Evidence[] = [];
  const hosts = new Set<string>();
  let recipientsOnly = true;
  for (const f of all) {
    for (const e of f.endpoints) {
      const partner =
        e.kind === 'recipient' ? f : all.find((g) => near(f, g) && (g.sensitive >= 0 || g.secrets.length > 0));
      if (!partner) continue;
      if (fresh && e.kind !== 'recipient' && partner.secrets.length === 0) continue;
      hosts.add(e.value.length > 80 ? e.key : e.value);
      if (e.kind !== 'recipient') recipientsOnly = false;
      ev.push(evidence(f, e.index));
      used.add(unitId(f));
      if (partner !== f) {
        ev.push(evidence(partner, partner.sensitive >= 0 ? partner.sensitive : 0));
        used.add(unitId(partner));
      }
    }
  }
  if (!ev.length) return;
  add({
    signal: 'content-exfiltration',
    level: 'fail',
    detail: recipientsOnly
      ? `adds a hard-coded mail recipient, ${list(hosts)}, new to this package: the mail it sends is copied there`
      : `adds ${list(hosts)}, new to this package, in code that handles key, credential, mail or environment data`,
    evidence: ev,
  });
}

/** content-obfuscation: obfuscator output or hidden code, new to this package; endpoints hidden in encodings. */
function obfuscationRule({ all, base, used, add }: RuleContext): void {
  const ev: Evidence[] = [];
  const kinds = new Set<string>();
  for (const f of all) {
    for (const o of f.obfuscation) {
      if ((o.kind === 'obfuscator' || o.kind === 'hidden-after-whitespace') && !base.has(o.kind, findObfuscation)) {
        kinds.add(
          o.kind === 'obfuscator' ? 'javascript-obfuscator output' : 'code hidden after a long run of whitespace',
        );
        ev.push(evidence(f, o.index));
        used.add(unitId(f));
      }
    }
    for (const e of f.endpoints) {
      if (e.hidden) {
        kinds.add(
          `an endpoint hidden in ${e.hidden === 'base64' ? 'base64' : 'escaped strings'} (${e.value.slice(0, 80)})`,
        );
        ev.push(evidence(f, e.index));
        used.add(unitId(f));
      }
    }
  }
  if (!ev.length) return;
  add({
    signal: 'content-obfuscation',
    level: 'fail',
    detail: `adds ${list(kinds)}; the previous version had none`,
    evidence: ev,
  });
}

/** content-exec-endpoint: process execution new to the package, with a new endpoint in the same added code. */
function execEndpointRule({ all, fresh, base, used, add }: RuleContext): void {
  if (fresh || !all.some((f) => f.capabilities.includes('process')) || base.has('process', findCapabilities)) return;
  const ev: Evidence[] = [];
  for (const f of all) {
    if (!f.capabilities.includes('process')) continue;
    const g = all.find((x) => near(f, x) && x.endpoints.length > 0);
    if (!g) continue;
    ev.push(evidence(f, 0), evidence(g, g.endpoints[0]!.index));
    used.add(unitId(f)).add(unitId(g));
  }
  if (ev.length)
    add({
      signal: 'content-exec-endpoint',
      level: 'fail',
      detail: 'starts processes for the first time, next to a new endpoint',
      evidence: ev,
    });
}

/** content-endpoint: an endpoint new to the package that no fail rule quoted. */
function newEndpointRule({ all, used, add }: RuleContext): void {
  const endpoints: Evidence[] = [];
  const hosts = new Set<string>();
  for (const f of all) {
    if (used.has(unitId(f))) continue;
    for (const e of f.endpoints) {
      hosts.add(e.kind === 'url' ? e.key : e.value);
      endpoints.push(evidence(f, e.index));
    }
  }
  if (endpoints.length)
    add({
      signal: 'content-endpoint',
      level: 'warn',
      detail: `names ${list(hosts)}, new to this package`,
      evidence: endpoints,
    });
}

/** content-capability and content-secret-access: a capability or a secret the package reaches for the first time. */
function firstUseRules({ all, base, used, add }: RuleContext): void {
  const caps = new Map<Capability, Evidence>();
  const secrets = new Map<SecretKind, Evidence>();
  for (const f of all) {
    if (used.has(unitId(f))) continue;
    for (const c of f.capabilities) if (!caps.has(c) && !base.has(c, findCapabilities)) caps.set(c, evidence(f, 0));
    for (const k of f.secrets) if (!secrets.has(k) && !base.has(k, findSecrets)) secrets.set(k, evidence(f, 0));
  }
  if (caps.size)
    add({
      signal: 'content-capability',
      level: 'warn',
      detail: `uses ${list(new Set([...caps.keys()].map(capabilityWords)))} for the first time`,
      evidence: [...caps.values()],
    });
  if (secrets.size)
    add({
      signal: 'content-secret-access',
      level: 'warn',
      detail: `reaches for ${list(new Set([...secrets.keys()].map(secretWords)))} for the first time`,
      evidence: [...secrets.values()],
    });
}

/** content-encoded: densely escaped or long high-entropy strings, new to the package. */
function encodedRule({ all, base, used, add }: RuleContext): void {
  const encoded = new Map<ObfuscationKind, Evidence>();
  for (const f of all) {
    if (used.has(unitId(f))) continue;
    for (const o of f.obfuscation)
      if (
        (o.kind === 'dense-escapes' || o.kind === 'high-entropy') &&
        !encoded.has(o.kind) &&
        !base.has(o.kind, findObfuscation)
      )
        encoded.set(o.kind, evidence(f, o.index));
  }
  if (!encoded.size) return;
  const words = [...encoded.keys()].map((k) =>
    k === 'dense-escapes' ? 'densely escaped strings' : 'long high-entropy strings',
  );
  add({
    signal: 'content-encoded',
    level: 'warn',
    detail: `adds ${words.join(' and ')}; the previous version had none`,
    evidence: [...encoded.values()],
  });
}

/** content-binary: executable binaries added to a package that shipped none. */
function binaryRule({ base, diff, after, add }: RuleContext): void {
  if (base.binaries) return;
  const bins = diff.files.filter(
    (f) =>
      f.kind === 'binary' &&
      f.status === 'added' &&
      (isExecutableBinary(after.get(f.path)!) || /\.(node|dll|exe|so|dylib)$/i.test(f.path)),
  );
  if (!bins.length) return;
  add({
    signal: 'content-binary',
    level: 'warn',
    detail: `adds ${bins.length === 1 ? 'a binary' : `${bins.length} binaries`} (${bins
      .map((b) => b.path)
      .slice(0, 3)
      .join(', ')}); the previous version shipped none`,
    evidence: bins.slice(0, MAX_EVIDENCE).map((b) => ({
      file: b.path,
      line: 1,
      excerpt: `${describeBinary(after.get(b.path)!)}, ${after.get(b.path)!.length} bytes`,
    })),
  });
}

/**
 * The rules, in the order they run: the fail rules first, since each marks the
 * code it quotes and the weaker rules leave that code out; the weaker ones only
 * judge a version against the one it replaces (`needsPrevious`).
 */
const CONTENT_RULES: { rule: (ctx: RuleContext) => void; needsPrevious?: true }[] = [
  { rule: exfiltrationRule },
  { rule: obfuscationRule },
  { rule: execEndpointRule },
  { rule: installRules },
  { rule: newEndpointRule, needsPrevious: true },
  { rule: firstUseRules, needsPrevious: true },
  { rule: encodedRule, needsPrevious: true },
  { rule: binaryRule, needsPrevious: true },
];

function hasNetworkCall(bytes: Uint8Array): boolean {
  return /\brequire\(\s*['"](?:node:)?https?['"]|\bfrom\s*['"](?:node:)?https?['"]|(?<![\w$.])fetch\s*\(|\bXMLHttpRequest\b/.test(
    decodeText(bytes),
  );
}

/** The host an endpoint names (the address's domain for a recipient). */
function hostOf(e: Endpoint): string {
  if (e.kind === 'recipient') return e.value.slice(e.value.indexOf('@') + 1).toLowerCase();
  if (e.kind !== 'url') return e.value.toLowerCase();
  return (e.value.split('://')[1] ?? '')
    .split(/[/?#:]/)[0]!
    .replace(/^[^@]*@/, '')
    .toLowerCase();
}

function installRules({
  before,
  after,
  diff: { files },
  fresh,
  isAllowed,
  isNewEndpoint,
  add,
  used,
}: RuleContext): void {
  const oldScripts = manifestScripts(before);
  const newScripts = manifestScripts(after);
  const changedFiles = new Map(files.map((f) => [f.path, f]));
  const addedPaths = new Set(files.filter((f) => f.status === 'added').map((f) => f.path));
  const addedBinaryNames = files
    .filter((f) => f.status === 'added' && f.kind === 'binary')
    .map((f) => f.path.slice(f.path.lastIndexOf('/') + 1));
  const network: Evidence[] = [];
  const scriptEvidence: Evidence[] = [];
  const why = new Set<string>();
  for (const script of INSTALL_SCRIPTS) {
    const command = newScripts[script];
    if (command === undefined) continue;
    const isNew = oldScripts[script] !== command;
    const commandEvidence: Evidence = {
      file: 'package.json',
      line: manifestLine(after, script),
      excerpt: excerpt(`"${script}": ${JSON.stringify(command)}`, 0),
    };
    if (isNew) scriptEvidence.push(commandEvidence);
    // The command itself: `curl … | sh`, `node -e "require('https')…"`.
    if (
      isNew &&
      (findCapabilities(command).some((c) => c.kind === 'http' || c.kind === 'socket') || findEndpoints(command).length)
    ) {
      network.push(commandEvidence);
      why.add('downloads in the install command');
    }
    // The files it runs, and the files those name.
    const first = namedFiles(command, after);
    const reach = new Set(first);
    for (const p of first) {
      const bytes = after.get(p);
      if (bytes && fileKind(p, bytes) !== 'binary') for (const q of namedFiles(decodeText(bytes), after)) reach.add(q);
    }
    for (const path of reach) {
      const bytes = after.get(path)!;
      if (fileKind(path, bytes) === 'binary') {
        if (addedPaths.has(path) && (isNew || addedPaths.has(first[0] ?? ''))) {
          network.push({
            file: path,
            line: 1,
            excerpt: `${describeBinary(bytes)} added in this version, run at install time`,
          });
          why.add(`runs ${path}, a binary added in this version`);
        }
        continue;
      }
      // A new command or a new file: all of it runs for the first time. Otherwise what it adds.
      const whole = isNew || addedPaths.has(path);
      const units: AddedUnit[] = [];
      if (whole)
        forEachUnit(decodeText(bytes), (text, line, seq) => void (text.trim() && units.push({ text, line, seq })));
      else units.push(...(changedFiles.get(path)?.added ?? []));
      const shell = /\.(sh|bat|cmd|ps1)$/i.test(path);
      for (const unit of units) {
        const caps = findCapabilities(unit.text).filter((c) => c.kind === 'http' || c.kind === 'socket');
        const endpoints = findEndpoints(unit.text).filter((e) => (whole ? !isAllowed(e) : isNewEndpoint(e)));
        // A call that reaches out; a new endpoint in a script, or beside such a call.
        const reaches = whole
          ? caps.length > 0 || (endpoints.length > 0 && (shell || hasNetworkCall(bytes)))
          : endpoints.length > 0 && (shell || hasNetworkCall(bytes));
        const binary = addedBinaryNames.find((b) => unit.text.includes(b));
        if (binary && (whole || isNew)) {
          network.push({ file: path, line: unit.line, excerpt: excerpt(unit.text, unit.text.indexOf(binary)) });
          used.add(`${path}:${unit.line}:${unit.seq}`);
        }
        if (reaches) {
          network.push({ file: path, line: unit.line, excerpt: excerpt(unit.text, endpoints[0]?.index ?? 0) });
          used.add(`${path}:${unit.line}:${unit.seq}`);
          why.add(`${path} reaches the network`);
        }
      }
    }
  }
  if (network.length) {
    add({
      signal: 'content-install-network',
      // A package new to the lockfile has no old version to compare with, and many
      // legitimate ones download at install (esbuild's fallback, prebuilt binaries):
      // the registry signals hold new packages; here it is a warning.
      level: fresh ? 'warn' : 'fail',
      detail: `install-time code: ${list(why)}`,
      evidence: [...scriptEvidence.slice(0, 1), ...network],
    });
  } else if (scriptEvidence.length) {
    add({
      signal: 'content-install-script',
      level: 'warn',
      detail: `adds or changes ${scriptEvidence.length === 1 ? 'an install script' : 'install scripts'}`,
      evidence: scriptEvidence,
    });
  }
}

function describeBinary(bytes: Uint8Array): string {
  if (bytes[0] === 0x7f && bytes[1] === 0x45) return 'ELF executable';
  if (bytes[0] === 0x4d && bytes[1] === 0x5a) return 'PE (Windows) executable';
  if (isExecutableBinary(bytes)) return 'Mach-O executable';
  return 'binary file';
}

function capabilityWords(c: Capability): string {
  return {
    process: 'process execution',
    'dynamic-code': 'dynamic code (eval/Function/vm)',
    socket: 'raw sockets or DNS',
    http: 'HTTP',
  }[c];
}

function secretWords(s: SecretKind): string {
  return {
    'credential-file': 'credential files',
    wallet: 'wallet or browser-profile data',
    'env-dump': 'the whole environment',
    'token-name': 'CI token variables',
  }[s];
}

function list(items: Set<string>): string {
  const a = [...items];
  const shown = a.slice(0, 3).join(', ');
  return a.length > 3 ? `${shown} and ${a.length - 3} more` : shown;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.file}:${e.line}:${e.excerpt}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * What a piece of code does, as facts the content rules combine: endpoints it
 * names, capabilities it uses, secrets it reaches for, and signs of
 * obfuscation. Each fact keeps where it sits (a unit and an offset), so a rule
 * can quote it. Pure, and linear in the text: every pattern here is a plain
 * regular expression without nested repetition.
 */

export type EndpointKind = 'url' | 'host' | 'ip' | 'recipient';

export interface Endpoint {
  kind: EndpointKind;
  /** The exact string as written (URL, host, IP or address). */
  value: string;
  /** What "occurs nowhere in the old version" compares: a registrable domain, an IP, or a full address. */
  key: string;
  /** Found only after decoding a base64 or escaped string literal. */
  hidden?: 'base64' | 'escapes';
  index: number;
}

export type Capability = 'process' | 'dynamic-code' | 'socket' | 'http';
export type SecretKind = 'credential-file' | 'wallet' | 'env-dump' | 'token-name';
export type ObfuscationKind = 'obfuscator' | 'hidden-after-whitespace' | 'dense-escapes' | 'high-entropy';

export interface Hit<K> {
  kind: K;
  index: number;
}

/** Endpoints in a unit of code (comments and well-known placeholders left out). */
export function findEndpoints(text: string): Endpoint[] {
  const out: Endpoint[] = [];
  if (isComment(text)) return out;
  collectEndpoints(text, out, undefined);
  for (const decoded of decodedLiterals(text)) collectEndpoints(decoded.text, out, decoded.how, decoded.index);
  return out;
}

const URL_RE = /\b(?:https?|wss?|ftp):\/\/([^\s'"`<>()\\,;]+)/gi;
const HOST_FIELD_RE = /\b(?:host|hostname|domain|server)\s*[:=]\s*['"`]([a-z0-9-]+(?:\.[a-z0-9-]+)+)['"`]/gi;
const IP_RE =
  /(?<=['"`/@]|^)((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?=[:/'"`]|$)/g;
const EMAIL_RE = /[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}/gi;
const RECIPIENT_RE = /\b(?:to|cc|bcc|recipients?|send\w*)\b['"]?\s*[:=(]/i;

function collectEndpoints(text: string, out: Endpoint[], hidden: Endpoint['hidden'], base = 0): void {
  for (const m of text.matchAll(URL_RE)) {
    const authority = (m[1] ?? '').split(/[/?#]/)[0]!;
    const host = authority
      .replace(/^[^@]*@/, '')
      .replace(/:\d*$/, '')
      .replace(/^\[|\]$/g, '')
      .toLowerCase();
    const key = endpointKey(host);
    if (key)
      out.push({ kind: 'url', value: m[0], key, index: base + (hidden ? 0 : m.index), ...(hidden ? { hidden } : {}) });
  }
  for (const m of text.matchAll(HOST_FIELD_RE)) {
    const key = endpointKey(m[1]!.toLowerCase());
    if (key)
      out.push({
        kind: 'host',
        value: m[1]!,
        key,
        index: base + (hidden ? 0 : m.index),
        ...(hidden ? { hidden } : {}),
      });
  }
  for (const m of text.matchAll(IP_RE)) {
    const key = endpointKey(m[1]!);
    if (key && !text.slice(Math.max(0, m.index - 12), m.index).includes('://')) {
      out.push({ kind: 'ip', value: m[1]!, key, index: base + (hidden ? 0 : m.index), ...(hidden ? { hidden } : {}) });
    }
  }
  for (const m of text.matchAll(EMAIL_RE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/mailto:$/i.test(before) || !RECIPIENT_RE.test(before)) continue;
    const domain = m[0].slice(m[0].indexOf('@') + 1).toLowerCase();
    if (!endpointKey(domain)) continue;
    out.push({
      kind: 'recipient',
      value: m[0],
      key: m[0].toLowerCase(),
      index: base + (hidden ? 0 : m.index),
      ...(hidden ? { hidden } : {}),
    });
  }
}

/** Hosts that never mean "data leaves for a new place": loopback, reserved examples, XML namespaces. */
const PLACEHOLDER_HOST =
  /(^|\.)(localhost|example|test|invalid|local|internal)$|(^|\.)example\.(com|org|net)$|^(www\.)?w3\.org$|^json-schema\.org$|^purl\.org$|^xmlns\.com$|^ns\.adobe\.com$|^schemas\.(microsoft|xmlsoap|openxmlformats)\.(com|org)$|^schema\.org$/;
const TWO_LEVEL_SUFFIX = /^(co|com|net|org|gov|edu|ac|or|ne|go)$/;

/**
 * The part of a host that says who runs it: `us.i.posthog.com` → `posthog.com`,
 * `s3.cn-north-1.amazonaws.com.cn` → `amazonaws.com.cn`. Undefined for a host
 * that is a placeholder, a template (`{Region}`), private, or not a host at all.
 */
export function endpointKey(host: string): string | undefined {
  if (!host || /[{}$%<>*]/.test(host)) return undefined;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const [a, b] = host.split('.').map(Number) as [number, number];
    if (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      a >= 224 ||
      (a === 169 && b === 254) ||
      (a === 192 && b === 168) ||
      (a === 172 && b >= 16 && b <= 31)
    ) {
      return undefined;
    }
    return host;
  }
  if (host.includes(':')) return undefined; // IPv6 literals: loopback in practice
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 2 || !/^[a-z]{2,24}$/.test(labels[labels.length - 1]!)) return undefined;
  if (PLACEHOLDER_HOST.test(host)) return undefined;
  const n =
    labels.length >= 3 && labels[labels.length - 1]!.length === 2 && TWO_LEVEL_SUFFIX.test(labels[labels.length - 2]!)
      ? 3
      : 2;
  return labels.slice(-n).join('.');
}

export function isComment(text: string): boolean {
  return /^\s*(\/\/|\/\*|\*|#|<!--|@rem\b|rem\b)/i.test(text);
}

const BASE64_LITERAL_RE = /['"`]([A-Za-z0-9+/]{16,}={0,2})['"`]/g;
const ESCAPED_LITERAL_RE = /['"`]((?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){8,})['"`]/g;

/** String literals that decode (base64, \x / \u escapes) to printable text. */
export function decodedLiterals(text: string): { text: string; how: 'base64' | 'escapes'; index: number }[] {
  const out: { text: string; how: 'base64' | 'escapes'; index: number }[] = [];
  for (const m of text.matchAll(BASE64_LITERAL_RE)) {
    const raw = m[1]!;
    if (raw.length % 4 !== 0 || !/[0-9+/=]/.test(raw)) continue;
    const decoded = Buffer.from(raw, 'base64').toString('latin1');
    if (/^[\x20-\x7e\t\r\n]+$/.test(decoded)) out.push({ text: decoded, how: 'base64', index: m.index });
  }
  for (const m of text.matchAll(ESCAPED_LITERAL_RE)) {
    const decoded = m[1]!.replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g, (_, x: string, u: string) =>
      String.fromCharCode(parseInt(x ?? u, 16)),
    );
    out.push({ text: decoded, how: 'escapes', index: m.index });
  }
  return out;
}

const CAPABILITY_RES: [Capability, RegExp][] = [
  [
    'process',
    /\brequire\(\s*['"](?:node:)?child_process['"]\s*\)|\bfrom\s*['"](?:node:)?child_process['"]|(?<![\w$.])(?:execSync|execFileSync|spawnSync|execFile|spawn|exec)\s*\(|\.(?:execSync|execFileSync|spawnSync)\s*\(|\b(?:rundll32|powershell(?:\.exe)?|cmd\.exe|regsvr32)\b|\/bin\/(?:ba|z)?sh\b|\bbash\s+-c\b/,
  ],
  [
    'dynamic-code',
    /(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|\bvm\.(?:runIn\w+|compileFunction)\s*\(|\bnew\s+vm\.Script\b|\brequire\(\s*['"](?:node:)?vm['"]\s*\)/,
  ],
  [
    'socket',
    /\brequire\(\s*['"](?:node:)?(?:net|dgram|dns|tls)['"]\s*\)|\bfrom\s*['"](?:node:)?(?:net|dgram|dns|tls)['"]|\bnet\.(?:connect|createConnection|Socket)\b|\bdgram\.createSocket\b|\bdns\.(?:resolve\w*|lookup)\s*\(/,
  ],
  [
    'http',
    /\brequire\(\s*['"](?:node:)?https?['"]\s*\)|\bfrom\s*['"](?:node:)?https?['"]|(?<![\w$.])fetch\s*\(|\bXMLHttpRequest\b|\bhttps?\.(?:get|request)\s*\(|\b(?:curl|wget)\s|\bInvoke-WebRequest\b|\bnew\s+WebSocket\s*\(/,
  ],
];

/** The first hit of each kind of a table, in code (not in a comment line). */
function hitsOf<K>(table: [K, RegExp][], text: string): Hit<K>[] {
  if (isComment(text)) return [];
  const out: Hit<K>[] = [];
  for (const [kind, re] of table) {
    const m = re.exec(text);
    if (m) out.push({ kind, index: m.index });
  }
  return out;
}

export function findCapabilities(text: string): Hit<Capability>[] {
  return hitsOf(CAPABILITY_RES, text);
}

const SECRET_RES: [SecretKind, RegExp][] = [
  [
    'credential-file',
    /\.npmrc\b|['"`/\\]\.ssh\b|\bid_(?:rsa|ed25519|ecdsa)\b|\.aws[/\\]credentials|['"`/\\]\.aws['"`/\\]|\.git-credentials|\.docker[/\\]config\.json|\.kube[/\\]config|\.netrc\b/,
  ],
  [
    'wallet',
    /\.config[/\\]solana|\bExodus[/\\]|wallet\.dat\b|[/\\]\.(?:bitcoin|ethereum|electrum)\b|Local Storage[/\\]leveldb|\bLogin Data\b|nkbihfbeogaeaoehlefnkodbefgpgknn/,
  ],
  [
    'env-dump',
    /JSON\.stringify\(\s*process\.env\s*[,)]|Object\.(?:keys|entries|values|assign)\(\s*(?:\{\}\s*,\s*)?process\.env\s*\)|\.\.\.process\.env\b|\bin\s+process\.env\b/,
  ],
  ['token-name', /\b(?:NPM_TOKEN|NODE_AUTH_TOKEN|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|_authToken)\b/],
];

export function findSecrets(text: string): Hit<SecretKind>[] {
  return hitsOf(SECRET_RES, text);
}

/** Key, seed, credential or mail data named in code: what an endpoint beside it would carry off. */
const SENSITIVE_DATA_RE =
  /\b(?:private_?key|secret_?key|privkey|priv_key|seed(?:phrase)?|mnemonic|passphrase|password|passwd|credentials?|wallet|keypair|_authToken)\b|\bsecretKey\b|\bprivateKey\b/i;

export function findSensitiveData(text: string): number {
  if (isComment(text)) return -1;
  const m = SENSITIVE_DATA_RE.exec(text);
  return m ? m.index : -1;
}

const OBFUSCATOR_NAME_RE = /\b_0x[0-9a-f]{4,6}\b/g;
const ROTATION_RE = /\[['"]push['"]\]\(\s*_0x\w+\[['"]shift['"]\]\(\)\s*\)/;
const WHITESPACE_HIDE_RE = /\S[ \t]{150,}\S/;
const ESCAPE_RE = /\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}/g;
const STRING_LITERAL_RE = /(['"`])([^'"`\\\s]{200,})\1/g;

export function findObfuscation(text: string): Hit<ObfuscationKind>[] {
  const out: Hit<ObfuscationKind>[] = [];
  const names = text.match(OBFUSCATOR_NAME_RE);
  const rotation = ROTATION_RE.exec(text);
  if (rotation || (names && names.length >= 8)) {
    out.push({ kind: 'obfuscator', index: rotation?.index ?? text.search(OBFUSCATOR_NAME_RE) });
  }
  const hidden = WHITESPACE_HIDE_RE.exec(text);
  if (hidden) out.push({ kind: 'hidden-after-whitespace', index: hidden.index });
  const escapes = text.match(ESCAPE_RE);
  if (escapes && escapes.length >= 40 && escapes.length * 4 >= text.length * 0.4) {
    out.push({ kind: 'dense-escapes', index: text.search(ESCAPE_RE) });
  }
  for (const m of text.matchAll(STRING_LITERAL_RE)) {
    if (!/^data:/.test(m[2]!) && entropy(m[2]!) >= 5.3) {
      out.push({ kind: 'high-entropy', index: m.index });
      break;
    }
  }
  return out;
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** At most 200 characters of `text` around `index`, on one line. */
export function excerpt(text: string, index: number, max = 200): string {
  const flat = text.replace(/\s+/g, ' ');
  const trimmed = flat.trim();
  if (trimmed.length <= max) return trimmed;
  const shift = text.length - text.trimStart().length;
  const at = Math.max(0, Math.min(index - shift, trimmed.length));
  const start = Math.max(0, Math.min(at - 60, trimmed.length - max));
  return trimmed.slice(start, start + max);
}

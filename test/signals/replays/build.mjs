// Builds the routine-upgrade replays of routine.json from the registry's documents (real publish times,
// install scripts and dependencies), each trimmed to what the rules read: the versions a replay installs,
// the five releases before each (publisher-changed), those within an hour (burst), and the first
// release's time (new-package). Needs the network; tests only read its output.
//   mkdir -p /tmp/docs && node test/signals/replays/build.mjs /tmp/docs < spec.json > routine.json
// spec.json: [{"name":"rollup","to":"4.50.0","why":"…","maintainers":["lukastaegert"],"children":"direct"?}]
// The registry these machines reach strips `maintainers` and `_npmUser`: the spec names the maintainer,
// the one account that publishes a build tool's platform packages in the same release run.
import fs from 'node:fs';
import semver from 'semver';
const R = 'https://registry.npmjs.org/';
async function doc(name) {
  const f = `${process.argv[2] ?? '.'}/${name.replace('/', '__')}.json`;
  if (fs.existsSync(f)) return JSON.parse(fs.readFileSync(f, 'utf8'));
  const r = await globalThis.fetch(R + name.replace('/', '%2f'));
  if (!r.ok) throw new Error(`${name}: ${r.status}`);
  const t = await r.text();
  fs.writeFileSync(f, t);
  return JSON.parse(t);
}
const ms = (s) => Date.parse(s);
const HOUR = 3600e3,
  DAY = 24 * HOUR;
/** Versions published by `at`, ordered by time. */
function timed(d, at) {
  return Object.entries(d.time ?? {})
    .filter(([v, t]) => v !== 'created' && v !== 'modified' && ms(t) <= at)
    .sort((a, b) => ms(a[1]) - ms(b[1]));
}
/** The document trimmed to the versions `keep` plus what the rules read around them. */
function trim(d, keep, at) {
  const list = timed(d, at);
  const times = new Map(list);
  const wanted = new Set();
  for (const v of keep) {
    wanted.add(v);
    const t = ms(times.get(v));
    const i = list.findIndex(([x]) => x === v);
    for (const [x] of list.slice(Math.max(0, i - 5), i)) wanted.add(x); // previous releases
    for (const [x, tt] of list) if (Math.abs(ms(tt) - t) <= HOUR) wanted.add(x); // burst window
  }
  const time = { created: list[0][1] };
  const versions = {};
  for (const [v, t] of list) {
    if (!wanted.has(v)) continue;
    time[v] = t;
    const m = d.versions[v];
    if (!m) continue;
    const scripts = Object.fromEntries(
      Object.entries(m.scripts ?? {}).filter(([k]) => ['preinstall', 'install', 'postinstall'].includes(k)),
    );
    versions[v] = {
      ...(Object.keys(scripts).length ? { scripts } : {}),
      ...(m.dependencies && Object.keys(m.dependencies).length ? { dependencies: m.dependencies } : {}),
      ...(m.optionalDependencies && Object.keys(m.optionalDependencies).length
        ? { optionalDependencies: m.optionalDependencies }
        : {}),
    };
  }
  return { name: d.name, time, versions };
}
function maxSatisfying(d, range, at) {
  const ok = timed(d, at)
    .map(([v]) => v)
    .filter((v) => d.versions[v] && semver.satisfies(v, range) && !semver.prerelease(v));
  return semver.maxSatisfying(ok, range);
}
const [spec] = [JSON.parse(fs.readFileSync(0, 'utf8'))];
const out = [];
for (const r of spec) {
  const d = await doc(r.name);
  const to = r.to;
  const at = ms(d.time[to]) + 4 * DAY;
  const from =
    r.from ??
    semver.maxSatisfying(
      Object.keys(d.versions).filter(
        (v) => d.time[v] && !semver.prerelease(v) && semver.lt(v, to) && semver.major(v) === semver.major(to),
      ),
      '*',
    );
  const docs = [trim(d, [from, to], at)];
  const base = [{ name: r.name, version: from, deps: {} }]; // empty deps are dropped below
  const head = [{ name: r.name, version: to, deps: {} }];
  for (const [side, version, list] of [
    ['base', from, base],
    ['head', to, head],
  ]) {
    const m = d.versions[version];
    const deps = {
      ...(r.children === 'all' || r.children === 'direct' ? m.dependencies : {}),
      ...m.optionalDependencies,
    };
    for (const [dep, range] of Object.entries(deps)) {
      const dd = await doc(dep);
      const v = maxSatisfying(dd, range, side === 'head' ? at : ms(d.time[from]) + 4 * DAY);
      if (!v) {
        console.error('unresolved', dep, range);
        continue;
      }
      list[0].deps[dep] = range;
      list.push({ name: dep, version: v, transitive: true });
      const existing = docs.find((x) => x.name === dep);
      const trimmed = trim(dd, [v], at);
      if (existing) {
        Object.assign(existing.time, trimmed.time);
        Object.assign(existing.versions, trimmed.versions);
      } else docs.push(trimmed);
    }
  }
  for (const p of [...base, ...head]) if (p.deps && !Object.keys(p.deps).length) delete p.deps;
  const scope = r.name.startsWith('@') ? r.name.split('/')[0] : `@${r.name}`;
  for (const d of docs) {
    for (const k of Object.keys(d.time)) d.time[k] = new Date(ms(d.time[k])).toISOString();
    const own = d.name === r.name || d.name.startsWith(`${scope}/`);
    d.maintainers = own ? r.maintainers : [`${d.name.replace(/^@/, '').replace('/', '-')}-maintainer`];
  }
  out.push({
    name: `${r.name} ${from} → ${to}${r.why ? ` (${r.why})` : ''}`,
    at: new Date(at).toISOString(),
    base,
    head,
    docs,
  });
}
process.stdout.write(JSON.stringify(out));

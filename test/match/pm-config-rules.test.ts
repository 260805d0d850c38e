import { describe, expect, it } from 'vitest';
import {
  ConfigFileError,
  configFileKind,
  judgeConfigChanges,
  parsePackageManager,
  readSettings,
  registryHosts,
  type ConfigFileKind,
} from '../../src/match/pm-config-rules.js';

/** The judged changes of one file from `before` to `after` (undefined: absent on that side). */
function judge(file: string, before: string | undefined, after: string | undefined) {
  const kind = configFileKind(file)!;
  return judgeConfigChanges([
    {
      file,
      base: before === undefined ? undefined : readSettings(kind, before),
      head: after === undefined ? undefined : readSettings(kind, after),
    },
  ]).map((c) => ({ key: c.key, level: c.level }));
}

describe('config files by name', () => {
  it.each([
    ['.npmrc', 'npmrc'],
    ['packages/a/.npmrc', 'npmrc'],
    ['.yarnrc', 'yarnrc'],
    ['.yarnrc.yml', 'yarnrc-yml'],
    ['bunfig.toml', 'bunfig'],
    ['.pnpmfile.cjs', 'pnpmfile'],
    ['pnpm-workspace.yaml', 'pnpm-workspace'],
    ['package.json', 'package-json'],
    ['npmrc', undefined],
    ['.npmrc.bak', undefined],
    ['constructor', undefined],
  ] as [string, ConfigFileKind | undefined][])('%s is %s', (file, kind) => {
    expect(configFileKind(file)).toBe(kind);
  });
});

describe('where packages come from: a change is a fail', () => {
  it.each([
    ['.npmrc', 'registry=https://registry.npmjs.org/\n', 'registry=https://npm.evil.example/\n', 'registry'],
    ['.npmrc', '', '@acme:registry=https://npm.evil.example/\n', '@acme:registry'],
    ['.npmrc', '', 'REGISTRY = https://npm.evil.example/\n', 'registry'],
    ['.npmrc', '', 'replace-registry-host=always\n', 'replace-registry-host'],
    ['.npmrc', 'registry=https://npm.acme.example/\n', '', 'registry'],
    ['.yarnrc', '', 'registry "https://npm.evil.example"\n', 'registry'],
    ['.yarnrc', '', '"@acme:registry" "https://npm.evil.example"\n', '@acme:registry'],
    ['.yarnrc', '', '--install.registry "https://npm.evil.example"\n', 'registry'],
    [
      '.yarnrc.yml',
      'nodeLinker: node-modules\n',
      'npmRegistryServer: "https://npm.evil.example"\n',
      'npmRegistryServer',
    ],
    [
      '.yarnrc.yml',
      '',
      'npmScopes:\n  acme:\n    npmRegistryServer: https://npm.evil.example\n',
      'npmScopes.acme.npmRegistryServer',
    ],
    ['bunfig.toml', '', '[install]\nregistry = "https://npm.evil.example/"\n', 'install.registry'],
    [
      'bunfig.toml',
      '',
      '[install.scopes]\nacme = { url = "https://npm.evil.example/", token = "t" }\n',
      'install.scopes.acme',
    ],
    ['pnpm-workspace.yaml', 'packages: [a]\n', 'packages: [a]\nregistry: https://npm.evil.example/\n', 'registry'],
  ])('%s: %j → %j', (file, before, after, key) => {
    expect(judge(file, before, after)).toEqual([{ key, level: 'fail' }]);
  });

  it('the same registry written with another case or a trailing slash is no change', () => {
    expect(
      judge('.npmrc', 'registry=https://NPM.acme.example/npm/\n', 'registry=https://npm.acme.example/npm\n'),
    ).toEqual([]);
  });

  it('a change outside the settings that matter says nothing (and auth lines are never kept)', () => {
    const before = 'registry=https://npm.acme.example/\n//npm.acme.example/:_authToken=${NPM_TOKEN}\n';
    const after = 'registry=https://npm.acme.example/\n//npm.acme.example/:_authToken=npm_SECRETSECRET\nfund=false\n';
    expect(judge('.npmrc', before, after)).toEqual([]);
    expect(JSON.stringify(readSettings('npmrc', after))).not.toContain('SECRET');
  });

  it('credentials in a registry URL are not echoed', () => {
    const [change] = judgeConfigChanges([
      { file: '.npmrc', base: [], head: readSettings('npmrc', 'registry=https://bob:hunter2@npm.evil.example/\n') },
    ]);
    expect(change!.problem).not.toContain('hunter2');
    expect(change!.to).toBe('https://***@npm.evil.example/');
  });

  it('a [section] of .npmrc is not config to npm and is not read', () => {
    expect(readSettings('npmrc', '[other]\nregistry=https://npm.evil.example/\n')).toEqual([]);
  });
});

describe('how packages are checked', () => {
  it.each([
    ['.yarnrc.yml', '', 'checksumBehavior: ignore\n', 'checksumBehavior', 'fail'],
    ['.yarnrc.yml', '', 'checksumBehavior: update\n', 'checksumBehavior', 'fail'],
    ['.yarnrc.yml', 'checksumBehavior: ignore\n', '', 'checksumBehavior', 'note'],
    ['.yarnrc.yml', '', 'unsafeHttpWhitelist:\n  - "*.example"\n', 'unsafeHttpWhitelist', 'fail'],
    [
      '.yarnrc.yml',
      'unsafeHttpWhitelist: [a.example, b.example]\n',
      'unsafeHttpWhitelist: [a.example]\n',
      'unsafeHttpWhitelist',
      'note',
    ],
    ['.yarnrc.yml', '', 'enableStrictSsl: false\n', 'enableStrictSsl', 'fail'],
    ['.npmrc', '', 'strict-ssl=false\n', 'strict-ssl', 'fail'],
    ['.npmrc', 'strict-ssl=false\n', 'strict-ssl=true\n', 'strict-ssl', 'note'],
    ['.npmrc', '', 'cafile=./certs/mitm.pem\n', 'cafile', 'fail'],
    ['.npmrc', '', 'package-lock=false\n', 'package-lock', 'fail'],
    ['pnpm-workspace.yaml', '', 'verifyStoreIntegrity: false\n', 'verifyStoreIntegrity', 'fail'],
  ])('%s: %j → %j is %s %s', (file, before, after, key, level) => {
    expect(judge(file, before, after)).toEqual([{ key, level }]);
  });
});

describe('what code runs at install', () => {
  it.each([
    ['.yarnrc.yml', '', 'yarnPath: .yarn/releases/yarn-4.5.1.cjs\n', 'yarnPath', 'fail'],
    [
      '.yarnrc.yml',
      'yarnPath: .yarn/releases/yarn-4.5.0.cjs\n',
      'yarnPath: .yarn/releases/yarn-4.5.1.cjs\n',
      'yarnPath',
      'fail',
    ],
    ['.yarnrc.yml', 'yarnPath: .yarn/releases/yarn-4.5.0.cjs\n', '', 'yarnPath', 'note'],
    ['.yarnrc.yml', '', 'plugins:\n  - path: .yarn/plugins/x.cjs\n', 'plugins', 'fail'],
    ['.yarnrc', '', 'yarn-path ".yarn/releases/yarn-1.22.22.cjs"\n', 'yarn-path', 'fail'],
    ['.npmrc', '', 'node-options=--require ./setup.js\n', 'node-options', 'fail'],
    ['.npmrc', '', 'script-shell=./sh\n', 'script-shell', 'fail'],
    ['.npmrc', 'ignore-scripts=true\n', '', 'ignore-scripts', 'fail'],
    ['.npmrc', '', 'ignore-scripts=true\n', 'ignore-scripts', 'note'],
    ['pnpm-workspace.yaml', '', 'configDependencies:\n  x: 1.0.0+sha512-abc\n', 'configDependencies', 'fail'],
    ['pnpm-workspace.yaml', '', 'onlyBuiltDependencies: [esbuild]\n', 'onlyBuiltDependencies', 'warning'],
    ['pnpm-workspace.yaml', 'onlyBuiltDependencies: [esbuild]\n', 'onlyBuiltDependencies: []\n', undefined, undefined],
    ['package.json', '{}', '{"trustedDependencies":["evil"]}', 'trustedDependencies', 'warning'],
  ])('%s: %j → %j is %s %s', (file, before, after, key, level) => {
    expect(judge(file, before, after)).toEqual(key ? [{ key, level }] : []);
  });

  it('a .pnpmfile.cjs added or edited is a fail, removed a note (its text is never run)', () => {
    expect(judge('.pnpmfile.cjs', undefined, 'module.exports = { hooks: {} }\n')).toEqual([
      { key: '.pnpmfile', level: 'fail' },
    ]);
    expect(judge('.pnpmfile.cjs', 'module.exports = {}\n', 'module.exports = {} \n')).toEqual([
      { key: '.pnpmfile', level: 'fail' },
    ]);
    expect(judge('.pnpmfile.cjs', 'module.exports = {}\n', undefined)).toEqual([{ key: '.pnpmfile', level: 'note' }]);
  });
});

describe('packageManager', () => {
  it.each([
    ['pnpm@10.32.1', 'pnpm@10.33.0', 'note'],
    ['pnpm@10.32.1+sha512.abc', 'pnpm@10.33.0+sha512.def', 'note'],
    [undefined, 'yarn@4.5.0', 'note'],
    ['yarn@4.5.0', undefined, 'note'],
    ['pnpm@10.32.1', 'yarn@4.5.0', 'fail'],
    ['npm@10.9.0', 'bun@1.2.0', 'fail'],
    ['yarn@4.5.0', 'yarn@https://evil.example/yarn.js', 'fail'],
    [undefined, 'pnpm@latest', 'fail'],
    ['pnpm@10.32.1', 'evilpm@1.0.0', 'fail'],
  ])('%s → %s is a %s', (before, after, level) => {
    const doc = (v: string | undefined) =>
      JSON.stringify(v === undefined ? { name: 'x' } : { name: 'x', packageManager: v });
    expect(judge('package.json', doc(before), doc(after))).toEqual([{ key: 'packageManager', level }]);
  });

  it('parses name@version+hash', () => {
    expect(parsePackageManager('pnpm@10.32.1+sha512.ab/c=')).toEqual({
      name: 'pnpm',
      version: '10.32.1',
      hash: 'sha512.ab/c=',
    });
    expect(parsePackageManager('pnpm@^10')).toBeUndefined();
  });
});

describe('unreadable files', () => {
  it.each([
    ['pnpm-workspace.yaml', 'registry: a\nregistry: b\n', 2],
    ['pnpm-workspace.yaml', '- a\n- b\n', 1],
    ['bunfig.toml', '[install\nregistry = 1\n', 1],
    ['package.json', '{"packageManager": ', undefined],
  ] as [string, string, number | undefined][])('%s %j is an error at line %s', (file, text, line) => {
    let error: unknown;
    try {
      readSettings(configFileKind(file)!, text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).line).toBe(line);
  });
});

describe('registries a config names', () => {
  it('collects registry and scope hosts, not proxies', () => {
    const settings = [
      ...readSettings(
        'npmrc',
        'registry=https://npm.acme.example/api/npm/npm/\n@acme:registry=https://npm.pkg.github.com\nhttps-proxy=http://proxy:8080\n',
      ),
      ...readSettings(
        'yarnrc-yml',
        'npmScopes:\n  corp:\n    npmRegistryServer: "https://corp.jfrog.io/api/npm/npm"\n',
      ),
    ];
    expect(registryHosts(settings).sort()).toEqual(['corp.jfrog.io', 'npm.acme.example', 'npm.pkg.github.com']);
  });
});

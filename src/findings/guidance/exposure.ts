/**
 * Who and what a malicious version could reach: when its code ran (install
 * time or runtime, from what the lockfile records), the credentials on the
 * machines that installed or ran it, and the CI secrets of the repository's
 * workflows that install dependencies.
 */
import type { LockfileFormat } from '../../core/model.js';
import type { ChangeKind } from '../../core/diff.js';
import { formatLabel } from './commands.js';
import { clean, codeName } from './records.js';
import type { CiExposure, ExposureTime, WorkflowSecrets } from '../../core/guidance-types.js';

/** What the exposure text needs to know about the finding. */
export interface ExposureInput {
  change: ChangeKind | 'present';
  installScript: boolean | undefined;
  lockfile: string;
  format: LockfileFormat;
}

const MAX_WORKFLOWS = 50;

/** When the code could have run, and who is exposed. */
export function exposureOf(input: ExposureInput, name: string, version: string): { when: ExposureTime; text: string } {
  const lockfile = clean(input.lockfile, 200);
  const ranIn = input.change === 'present' ? 'this branch' : 'this branch (including CI runs of this pull request)';
  if (input.installScript === true) {
    return {
      when: 'install',
      text: `At install time: ${lockfile} records an install script for ${codeName(name, version)}, which runs during install, so every machine and CI job that installed ${ranIn} ran it, whether or not the code was ever used.`,
    };
  }
  if (input.installScript === false) {
    return {
      when: 'runtime',
      text: `When code that requires it runs: ${lockfile} records no install script for ${codeName(name, version)}, so it ran wherever tests, builds or the app were started after installing ${ranIn}; a plain install did not run it.`,
    };
  }
  return {
    when: 'unknown',
    text: `Assume install time: ${lockfile} (${formatLabel(input.format)}) does not record install scripts, so every machine and CI job that installed ${ranIn} may have run it.`,
  };
}

/** Credential kinds to rotate on machines that installed or ran the package. */
export function machineCredentials(): string[] {
  return [
    'npm tokens: ~/.npmrc and project .npmrc files, NPM_TOKEN / NODE_AUTH_TOKEN variables (revoke them on npmjs.com or with `npm token revoke`, and check recent publishes of your packages).',
    'GitHub tokens: personal access tokens, the gh CLI login (`gh auth status`), git credential helpers (revoke and sign in again; look for unfamiliar repositories, workflows, deploy keys).',
    'SSH keys in ~/.ssh (replace them and remove the old public keys from GitHub and servers).',
    'Cloud credentials: AWS (~/.aws, AWS_* variables), Google Cloud (gcloud and application-default credentials), Azure (~/.azure, az login).',
    '.env files and secrets in the environment of the shells that installed or ran it; other tokens on disk (Docker registry logins in ~/.docker/config.json, kubeconfig).',
  ];
}

/** The workflows whose secrets were exposed, and the note on GITHUB_TOKEN. */
export function ciExposure(workflows: readonly WorkflowSecrets[]): { ci: CiExposure[]; ciNote: string } {
  const ci: CiExposure[] = [];
  for (const workflow of workflows) {
    if (!workflow.installsDependencies && workflow.error === undefined) continue;
    if (ci.length >= MAX_WORKFLOWS) break;
    const secrets = ['GITHUB_TOKEN', ...workflow.secrets.filter((s) => s !== 'GITHUB_TOKEN')];
    const entry: CiExposure = { workflow: clean(workflow.path, 200), secrets };
    if (workflow.error !== undefined) {
      entry.note = `could not be read (${clean(workflow.error, 200)}); check by hand whether it installs dependencies and which secrets it uses`;
    } else if (workflow.notes.length > 0) {
      entry.note = workflow.notes.map((n) => clean(n, 200)).join('; ');
    }
    ci.push(entry);
  }
  const token =
    "Every workflow job gets GITHUB_TOKEN: it expires when the job ends, but while exposed jobs ran it could act with the workflow's permissions, so review commits, tags, releases and workflow changes made meanwhile.";
  let scope: string;
  if (workflows.length === 0)
    scope =
      'No workflow of this repository was read: find the CI jobs that installed this lockfile and rotate their secrets.';
  else if (ci.length === 0)
    scope = 'No workflow in .github/workflows installs dependencies; check CI that runs elsewhere.';
  else
    scope =
      "Listed: the workflows that install dependencies, with every secret they reference; secrets of the repository's other workflows were not available to those jobs.";
  return { ci, ciNote: `${token} ${scope}` };
}

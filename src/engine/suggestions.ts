/**
 * The ways out of holds, checked against the advisories: a suggested version is
 * never one an advisory covers (an OSV MAL- record, a GitHub malware advisory, the
 * repository's own lists). The registry rules give each hold its candidates, newest
 * first (signals/suggest.ts); the records this run already holds and the advisory
 * sources that answered its lookup judge them, a few candidates per hold per round,
 * and the newest no record covers is the suggestion.
 *
 * A source that answered the run's lookup but not this one leaves the holds not yet
 * settled without a suggestion, with a warning: an unchecked version is not offered.
 */
import type { AdvisorySource } from '../advisories/types.js';
import { errorSentence } from '../core/errors.js';
import { plain } from '../core/escape.js';
import { distinctQueries, type OsvRecord, type PackageQuery } from '../core/osv.js';
import { message, type Message } from '../core/report.js';
import type { HoldSuggestion } from '../core/signals.js';
import { matchPackages } from '../match/match.js';
import { suggestionOf, type SuggestionDraft } from '../signals/suggest.js';

/** Candidates asked about per hold in one round (most holds settle on the first). */
const PER_ROUND = 5;
/** Advisory ids named per skipped version. */
const MAX_IDS = 3;

interface Pending {
  file: string;
  draft: SuggestionDraft;
  /** Candidates judged so far. */
  next: number;
  chosen?: string;
  /** Candidates an advisory covers, with the advisories' ids. */
  skipped: { version: string; ids: string[] }[];
}

/**
 * The suggestions of each lockfile (by path) once the advisories had their say, and the notes
 * that say which candidates were passed over and why.
 */
export async function screenSuggestions(
  drafts: ReadonlyMap<string, readonly SuggestionDraft[]>,
  sources: readonly AdvisorySource[],
  known: readonly OsvRecord[],
): Promise<{ suggestions: Map<string, HoldSuggestion[]>; messages: Message[] }> {
  const all: Pending[] = [...drafts].flatMap(([file, list]) =>
    list.map((draft) => ({ file, draft, next: 0, skipped: [] })),
  );
  const records = [...known];
  let failure: string | undefined;
  for (;;) {
    const round = all
      .filter((p) => p.chosen === undefined && p.next < p.draft.candidates.length)
      .map((p) => ({ p, versions: p.draft.candidates.slice(p.next, p.next + PER_ROUND) }));
    if (!round.length) break;
    const queries = distinctQueries(
      round.flatMap(({ p, versions }) => versions.map((version) => ({ name: p.draft.name, version }))),
    );
    failure = await ask(sources, queries, records);
    if (failure) break;
    const hits = matchPackages(queries, records);
    for (const { p, versions } of round) {
      for (const version of versions) {
        p.next++;
        const covered = hits.get(`${p.draft.name}@${version}`);
        if (!covered) {
          p.chosen = version;
          break;
        }
        p.skipped.push({ version, ids: covered.map((h) => h.id) });
      }
    }
  }
  const suggestions = new Map<string, HoldSuggestion[]>();
  const messages: Message[] = [];
  for (const p of all) {
    if (p.chosen !== undefined) {
      const list = suggestions.get(p.file) ?? [];
      list.push(suggestionOf(p.draft, p.chosen));
      suggestions.set(p.file, list);
    }
    const note = skippedNote(p, failure === undefined);
    if (note) messages.push(message('note', note, { file: p.file }));
  }
  const unsettled = all.filter((p) => p.chosen === undefined && p.next < p.draft.candidates.length);
  if (failure && unsettled.length) {
    const held = unsettled.slice(0, 5).map((p) => plain(`${p.draft.name}@${p.draft.version}`, 120));
    const more = unsettled.length > 5 ? ` and ${unsettled.length - 5} more` : '';
    messages.push(
      message(
        'warning',
        `No version is suggested for ${held.join(', ')}${more}: advisory source ${failure.replace(/\.$/, '')}, so the versions that pass the registry rules could not be checked against the advisories.`,
      ),
    );
  }
  return { suggestions, messages };
}

/** Ask every source about `queries`, adding what they return to `records`; the first failure, named. */
async function ask(
  sources: readonly AdvisorySource[],
  queries: readonly PackageQuery[],
  records: OsvRecord[],
): Promise<string | undefined> {
  const answers = await Promise.all(
    sources.map(async (source) => {
      try {
        const found = await source.lookup(queries);
        const status = source.status();
        return status.ok
          ? { found }
          : { error: `${source.name} did not answer (${status.error ?? 'no reason given'})` };
      } catch (error) {
        return { error: `${source.name} did not answer (${errorSentence(error).replace(/\.$/, '')})` };
      }
    }),
  );
  for (const answer of answers) if (answer.found) records.push(...answer.found);
  return answers.find((a) => a.error)?.error;
}

/** Which candidates were passed over for a hold, and what became of its suggestion. */
function skippedNote(p: Pending, complete: boolean): string | undefined {
  if (!p.skipped.length) return undefined;
  const held = plain(`${p.draft.name}@${p.draft.version}`, 120);
  const passed = p.skipped
    .slice(0, 5)
    .map((s) => {
      const ids = s.ids.slice(0, MAX_IDS).map((id) => plain(id, 80));
      return `${plain(s.version, 64)} (${ids.join(', ')}${s.ids.length > MAX_IDS ? ', …' : ''})`;
    })
    .join(', ');
  const more = p.skipped.length > 5 ? ` and ${p.skipped.length - 5} more` : '';
  if (p.chosen !== undefined)
    return `The way out of ${held} suggests ${plain(p.chosen, 64)}, not a newer version that passes the registry rules: an advisory covers ${passed}${more}.`;
  if (!complete) return undefined;
  return `No version is suggested for ${held}: an advisory covers each of the ${p.skipped.length} newest versions of ${plain(p.draft.source.range, 100)} that pass the registry rules today, ${passed}${more}.`;
}

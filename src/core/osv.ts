/**
 * Advisories are OSV records (https://ossf.github.io/osv-schema/). Only the
 * fields lockgate reads are typed; everything is optional because real data
 * leaves things out (and sometimes writes `null`).
 */

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type?: string;
  repo?: string;
  events?: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem?: string; name?: string; purl?: string };
  versions?: string[];
  ranges?: OsvRange[];
  database_specific?: Record<string, unknown> | null;
}

export interface OsvReference {
  type?: string;
  url?: string;
}

/** Indicators of compromise some records carry in `database_specific.iocs`. */
export interface OsvIocs {
  domains?: string[];
  ips?: string[];
  urls?: string[];
}

export interface OsvRecord {
  id: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  published?: string;
  modified?: string;
  withdrawn?: string;
  affected?: OsvAffected[];
  references?: OsvReference[];
  database_specific?: ({ iocs?: OsvIocs } & Record<string, unknown>) | null;
}

/** One package version to look up. */
export interface PackageQuery {
  name: string;
  version: string;
}

/** Each `name@version` once (the last query of each kept). */
export function distinctQueries<Q extends PackageQuery>(queries: readonly Q[]): Q[] {
  const seen = new Map<string, Q>();
  for (const q of queries) seen.set(`${q.name}@${q.version}`, q);
  return [...seen.values()];
}

/** What a source reports about itself, for the report's `sources` list. */
export interface SourceStatus {
  name: string;
  ok: boolean;
  /** Records the source holds (snapshot, lists) or contributed (live sources). */
  records?: number;
  /** ISO date of the newest data the source answered with. */
  asOf?: string;
  /** Why the source did not answer (it is then `ok: false`). */
  error?: string;
  /** Something the reader must know although the source answered. */
  warning?: string;
  /** Context about the source that needs no action (a server without the endpoint). */
  note?: string;
}

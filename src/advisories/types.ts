/** The interface every advisory source implements (snapshot, lists, OSV API, GitHub advisories). */
import type { OsvRecord, PackageQuery, SourceStatus } from '../core/osv.js';

export interface AdvisorySource {
  readonly name: string;
  /** Records that may affect any of `packages` (a source may return more; matching decides). */
  lookup(packages: readonly PackageQuery[]): Promise<OsvRecord[]>;
  status(): SourceStatus;
}

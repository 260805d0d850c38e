/** The bytes of `file`, or of `file.gz` decompressed when only that is stored. */
export function readStored(file: string): Buffer;
/** A directory holding `caseDir`'s files with every `.gz` one decompressed (`caseDir` itself when none is). */
export function plainCaseDir(caseDir: string): string;

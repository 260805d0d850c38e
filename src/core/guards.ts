/** Is this a plain object (not null, not an array)? The guard for every value read from JSON or YAML. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Durations as people write them in flags, inputs and config (`72h`, `3d`). */

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * `72h`, `3d`, `90m`, `1.5d`, `0` → milliseconds; undefined when the text is
 * not a duration. A bare number other than 0 is refused: hours or days must be said.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^0+(\.0+)?$/.test(t)) return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(t);
  if (!match) return undefined;
  const ms = Math.round(Number(match[1]) * UNITS[match[2]!]!);
  return Number.isFinite(ms) && ms <= 365 * UNITS.d! ? ms : undefined;
}

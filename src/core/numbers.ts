/** Numbers and ages as reports write them. */

/** `22256` → `22,256` (toLocaleString would load ICU data: 25 ms of a cold start). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Calendar days (UTC) from the day of `asOf` to the day of `now`, or undefined when `asOf` is not a date. */
export function daysOld(asOf: string, now: number): number | undefined {
  const then = Date.parse(asOf);
  if (Number.isNaN(then)) return undefined;
  const day = (ms: number) => Math.floor(ms / 86_400_000);
  return Math.max(0, day(now) - day(then));
}

/**
 * A made-up but realistic alliance table, as ATOP- or COW-style files come: state pairs by ISO
 * alpha-3 code, several rows per pair (other alliances, other years), an alliance name, years and
 * a count of commitments. Neighbours ally far more often than distant states, as in the real data.
 * Deterministic: the same seed gives the same file.
 */
import { readFileSync } from 'node:fs';
import { random } from '../../../bench/synthetic';

/** ISO 3166-1 codes: [alpha-2, alpha-3, numeric] (the table i18n-iso-countries keeps). */
const codes = JSON.parse(
  readFileSync('node_modules/i18n-iso-countries/codes.json', 'utf8'),
) as string[][];

const ALLIANCES = [
  'Defence pact',
  'Neutrality pact',
  'Entente',
  'Non-aggression pact',
  'Consultation',
];

/**
 * `pairs` distinct state pairs (at most what the codes allow), each on one to three rows. States
 * are ordered by code; a pair's partner is drawn near it in that order more often than far.
 */
export function allianceTable(
  pairs: number,
  seed = 7,
): { name: string; text: string; pairs: number } {
  const states = codes.map(([, alpha3]) => alpha3).filter((c) => c !== 'ATA');
  const next = random(seed);
  const seen = new Set<string>();
  const rows: string[] = ['state_a,state_b,alliance,start_year,end_year,commitments'];
  let guard = 0;
  while (seen.size < pairs && guard++ < pairs * 50) {
    const i = Math.floor(next() * states.length);
    // Mostly near in the list, sometimes anywhere.
    const step = next() < 0.7 ? 1 + Math.floor(next() * 25) : Math.floor(next() * states.length);
    const j = (i + step) % states.length;
    if (i === j) continue;
    const [a, b] = [states[i] ?? '', states[j] ?? ''].sort();
    const key = `${a}-${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const times = 1 + Math.floor(next() * next() * 3);
    for (let k = 0; k < times; k++) {
      const start = 1816 + Math.floor(next() * 200);
      const end = next() < 0.4 ? '' : String(Math.min(2016, start + 1 + Math.floor(next() * 60)));
      const alliance = ALLIANCES[Math.floor(next() * ALLIANCES.length)] ?? '';
      rows.push([a, b, alliance, start, end, 1 + Math.floor(next() * 12)].join(','));
    }
  }
  return { name: `alliances-${pairs}.csv`, text: `${rows.join('\n')}\n`, pairs: seen.size };
}

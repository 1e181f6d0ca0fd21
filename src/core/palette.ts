/** Colours of the map, in one place so the legend, tests and styles agree. */
export const palette = {
  sea: '#d5e3ec',
  land: '#f4f1ea',
  coastline: '#8ea8ba',
  border: '#b3a899',
  disputed: '#7a6a55',
  countryLabel: '#5f5b55',
  labelHalo: '#f4f1ea',
  arc: '#c2410c',
  arcSelected: '#7c2d12',
  arcCasing: '#ffffff',
  state: '#1f2937',
  organization: '#1d4ed8',
  members: '#1d4ed8',
  framework: '#b45309',
  actorLabel: '#111827',
} as const;

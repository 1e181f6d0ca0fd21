/** Colours of the map, in one place so the legend, tests and styles agree. */
export const palette = {
  sea: '#d5e3ec',
  land: '#f4f1ea',
  coastline: '#8ea8ba',
  border: '#b3a899',
  disputed: '#7a6a55',
  countryLabel: '#5f5b55',
  labelHalo: '#f4f1ea',
  arcSelected: '#7c2d12',
  arcHovered: '#ffffff',
  /** Under the selected link's dashes. */
  dashUnderlay: '#d8dadf',
  /** Line-style keys in the legend, where no one domain's colour is meant. */
  legendLine: '#4b5563',
  /** A ribbon whose strands would be too thin to tell apart: one colour for all its domains. */
  linkNeutral: '#374151',
  seaLabel: '#5b7f99',
  state: '#1f2937',
  organization: '#1d4ed8',
  /** A place an imported file names without saying what it is: a square, in neither colour. */
  place: '#78350f',
  /** The territories of a selected partnership's parties, and their names written large. */
  party: '#ea580c',
  partyLabel: '#7c2d12',
  members: '#1d4ed8',
  framework: '#b45309',
  actorLabel: '#111827',
} as const;

/** Countries filled with a tint: the map's fills, the legend's keys and the image's swatches. */
export const TINTS = {
  members: { colour: palette.members, opacity: 0.28 },
  party: { colour: palette.party, opacity: 0.26 },
} as const;

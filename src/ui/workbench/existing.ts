import type { DatasetSummary } from '../../core/summary';

/** The partnership of two parties the dataset shown already has, if any. */
export function existingIn(summary: DatasetSummary | null) {
  return (parties: [string, string]): string | null => {
    if (!summary) return null;
    const { links, actors } = summary;
    for (let row = 0; row < links.ids.length; row++) {
      const a = actors[links.partyA[row] ?? -1]?.id;
      const b = actors[links.partyB[row] ?? -1]?.id;
      if ((a === parties[0] && b === parties[1]) || (a === parties[1] && b === parties[0])) {
        return links.ids[row] ?? null;
      }
    }
    return null;
  };
}

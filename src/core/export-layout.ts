/**
 * Where each part of an exported image goes, in CSS pixels of the view (multiply by the export's
 * scale for image pixels): a title band above the map, the map whole, the legend in a band below
 * it (never over it: a legend in the map's corner hid the parties it should explain), and a footer
 * with the source line and the attribution. Pure, so that tests can find the legend's swatches in
 * an exported file.
 */
export const EXPORT_MARGIN = 16;
export const HEADER_HEIGHT = 60;
/** The width of one column of the legend band. */
export const LEGEND_COLUMN = 300;
const LEGEND_PADDING = 10;
const LEGEND_HEADING = 22;
export const LEGEND_ROW = 20;
export const SWATCH = 14;
export const FOOTER_LINE = 17;
const FOOTER_PADDING = 10;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  header: Box;
  map: Box;
  legend: Box;
  /** The swatch of each legend entry, in the order listed: down each column, then across. */
  rows: Box[];
  /** The width each entry's swatch and label have. */
  columnWidth: number;
  footer: Box;
}

/**
 * @param map the map's size in CSS pixels
 * @param legendRows how many rows the legend lists
 * @param footerLines how many lines of text the footer holds
 */
export function exportLayout(
  map: { width: number; height: number },
  legendRows: number,
  footerLines: number,
): ExportLayout {
  const mapBox = { x: 0, y: HEADER_HEIGHT, width: map.width, height: map.height };
  const inner = Math.max(1, map.width - 2 * EXPORT_MARGIN);
  const columns = Math.max(1, Math.min(legendRows, Math.floor(inner / LEGEND_COLUMN)));
  const perColumn = Math.ceil(legendRows / columns);
  const columnWidth = inner / columns;
  const legend = {
    x: EXPORT_MARGIN,
    y: HEADER_HEIGHT + map.height,
    width: inner,
    height: LEGEND_PADDING * 2 + LEGEND_HEADING + perColumn * LEGEND_ROW,
  };
  const rows = Array.from({ length: legendRows }, (_, i) => ({
    x: legend.x + Math.floor(i / perColumn) * columnWidth,
    y:
      legend.y +
      LEGEND_PADDING +
      LEGEND_HEADING +
      (i % perColumn) * LEGEND_ROW +
      (LEGEND_ROW - SWATCH) / 2,
    width: SWATCH,
    height: SWATCH,
  }));
  const footer = {
    x: 0,
    y: legend.y + legend.height,
    width: map.width,
    height: FOOTER_PADDING * 2 + footerLines * FOOTER_LINE,
  };
  return {
    width: map.width,
    height: footer.y + footer.height,
    header: { x: 0, y: 0, width: map.width, height: HEADER_HEIGHT },
    map: mapBox,
    legend,
    rows,
    columnWidth,
    footer,
  };
}

/** The browser cannot draw the map as large as an export asks. */
export class CaptureSizeError extends Error {
  constructor(
    readonly max: number,
    readonly wanted: number,
  ) {
    super(`the map can be drawn at most ${max} pixels wide, short of the ${wanted} asked for`);
    this.name = 'CaptureSizeError';
  }
}

/**
 * Composes an exported image: the map as drawn at the export's scale, under a title band, with the
 * legend in a band below it (never over the map) and the source line and attribution below that.
 * Drawn on a 2D canvas (not a screenshot of the page), so the image is sharp at every scale.
 */
import {
  EXPORT_MARGIN,
  FOOTER_LINE,
  LEGEND_ROW,
  SWATCH,
  exportLayout,
  type Box,
  type ExportLayout,
} from '../core/export-layout';
import type { LegendKind } from '../core/legend';
import { palette, TINTS } from '../core/palette';

export interface LegendEntry {
  kind: LegendKind | 'domain';
  label: string;
  /** A domain's colour; the other kinds are drawn in the map's own colours. */
  colour?: string;
}

export interface ImageText {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** The source line(s), then the attribution. */
  footer: string[];
}

const FONT = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";

/** Splits text into lines that fit `width` (in the context's current font). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Cuts text to `width` with an ellipsis. */
function fit(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && context.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The image's layout for a map of `size` CSS pixels and its words (the footer is wrapped to fit). */
export function imageLayout(
  size: { width: number; height: number },
  text: ImageText,
): { layout: ExportLayout; footerLines: string[] } {
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('2D canvas is not available');
  measure.font = `12px ${FONT}`;
  const footerLines = text.footer.flatMap((line) =>
    wrap(measure, line, size.width - 2 * EXPORT_MARGIN),
  );
  return { layout: exportLayout(size, text.legend.length, footerLines.length), footerLines };
}

/** The size in image pixels of an export at `scale`: title, map, legend and footer together. */
export function imageSize(
  size: { width: number; height: number },
  text: ImageText,
  scale: number,
): { width: number; height: number } {
  const { layout } = imageLayout(size, text);
  return { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };
}

/** A legend entry's swatch, drawn as the map draws that mark. */
function drawSwatch(context: CanvasRenderingContext2D, entry: LegendEntry, box: Box): void {
  const cx = box.x + SWATCH / 2;
  const cy = box.y + SWATCH / 2;
  const line = (colour: string, width: number, dash: number[] = []) => {
    context.strokeStyle = colour;
    context.lineWidth = width;
    context.setLineDash(dash);
    context.beginPath();
    context.moveTo(box.x, cy);
    context.lineTo(box.x + SWATCH + 10, cy);
    context.stroke();
    context.setLineDash([]);
  };
  switch (entry.kind) {
    case 'domain':
      context.fillStyle = entry.colour ?? palette.legendLine;
      context.fillRect(box.x, box.y, SWATCH, SWATCH);
      return;
    case 'state':
    case 'organization':
    case 'place':
      // The markers as the map draws them: a dot for a state, a diamond for an organization, a
      // square for a place.
      context.beginPath();
      if (entry.kind === 'state') context.arc(cx, cy, 5, 0, 2 * Math.PI);
      else if (entry.kind === 'place') context.rect(cx - 5, cy - 5, 10, 10);
      else {
        context.moveTo(cx, cy - 6);
        context.lineTo(cx + 6, cy);
        context.lineTo(cx, cy + 6);
        context.lineTo(cx - 6, cy);
        context.closePath();
      }
      context.fillStyle = palette[entry.kind];
      context.fill();
      context.strokeStyle = '#ffffff';
      context.lineWidth = 1.5;
      context.stroke();
      return;
    case 'ribbon':
      RIBBON.forEach((colour, i) => {
        context.fillStyle = colour;
        context.fillRect(box.x, box.y + 2 + i * 3.5, SWATCH + 10, 2.6);
      });
      return;
    case 'dashed':
      line(palette.legendLine, 3, [6, 4]);
      return;
    case 'dotted':
      line(palette.legendLine, 3, [2, 3.5]);
      return;
    case 'solid':
      line(palette.legendLine, 3);
      return;
    case 'selected':
      line(palette.arcSelected, 8);
      line(palette.legendLine, 3);
      return;
    case 'disputed':
      line(palette.disputed, 1.5, [3, 2]);
      return;
    case 'party':
    case 'members':
      context.fillStyle = TINTS[entry.kind].colour;
      context.globalAlpha = TINTS[entry.kind].opacity;
      context.fillRect(box.x, box.y, SWATCH + 10, SWATCH);
      context.globalAlpha = 1;
      context.strokeStyle = palette.border;
      context.lineWidth = 1;
      context.strokeRect(box.x + 0.5, box.y + 0.5, SWATCH + 9, SWATCH - 1);
      return;
    case 'partners':
      context.strokeStyle = palette.framework;
      context.lineWidth = 2;
      context.strokeRect(box.x + 1, box.y + 1, SWATCH + 8, SWATCH - 2);
      return;
  }
}

/** Three strands in the first domain colours, as the map draws a link with three domains. */
const RIBBON = ['#332288', '#CC6677', '#117733'];

/**
 * @param map the map's canvas, drawn at `scale` times its CSS size
 * @param size the map's CSS size
 */
export function composeImage(
  map: CanvasImageSource,
  size: { width: number; height: number },
  scale: number,
  text: ImageText,
): { canvas: HTMLCanvasElement; layout: ExportLayout } {
  // Measure the footer's lines at 1×, then lay out and draw at the export's scale.
  const { layout, footerLines } = imageLayout(size, text);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2D canvas is not available');
  context.scale(scale, scale);
  context.textBaseline = 'alphabetic';

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(map, layout.map.x, layout.map.y, layout.map.width, layout.map.height);

  // Title band.
  context.fillStyle = '#1b1f24';
  context.font = `700 20px ${FONT}`;
  context.fillText(
    fit(context, text.title, layout.width - 2 * EXPORT_MARGIN),
    EXPORT_MARGIN,
    layout.header.y + 28,
  );
  context.fillStyle = '#4b5563';
  context.font = `13px ${FONT}`;
  context.fillText(
    fit(context, text.subtitle, layout.width - 2 * EXPORT_MARGIN),
    EXPORT_MARGIN,
    layout.header.y + 48,
  );
  context.strokeStyle = '#d9d4cb';
  context.lineWidth = 1;
  for (const y of [layout.map.y, layout.map.y + layout.map.height]) {
    context.beginPath();
    context.moveTo(0, y - 0.5);
    context.lineTo(layout.width, y - 0.5);
    context.stroke();
  }

  // Legend: a band below the map, a swatch and a label per entry, in columns.
  const { legend } = layout;
  context.fillStyle = '#1b1f24';
  context.font = `700 13px ${FONT}`;
  context.fillText(text.legendTitle, legend.x, legend.y + 10 + 14);
  text.legend.forEach((entry, i) => {
    const box = layout.rows[i];
    if (!box) return;
    drawSwatch(context, entry, box);
    context.font = `12px ${FONT}`;
    context.fillStyle = '#1b1f24';
    const x = box.x + SWATCH + 16;
    context.fillText(
      fit(context, entry.label, box.x + layout.columnWidth - x - 8),
      x,
      box.y + LEGEND_ROW / 2 + 2,
    );
  });

  // Footer: source line(s) and attribution.
  context.fillStyle = '#f8f7f4';
  context.fillRect(layout.footer.x, layout.footer.y, layout.footer.width, layout.footer.height);
  context.fillStyle = '#1b1f24';
  context.font = `12px ${FONT}`;
  footerLines.forEach((line, i) => {
    context.fillText(line, EXPORT_MARGIN, layout.footer.y + 10 + (i + 1) * FOOTER_LINE - 4);
  });
  return { canvas, layout };
}

/** The legend's rows: what the map draws (see `legendItems`), then every domain's colour. */
export function legendEntries(
  items: readonly { kind: LegendKind; label: string }[],
  domains: readonly { label: string; colour: string }[],
): LegendEntry[] {
  return [
    ...items.map((item) => ({ kind: item.kind, label: item.label })),
    ...domains.map((d) => ({ kind: 'domain' as const, label: d.label, colour: d.colour })),
  ];
}

/** A canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('the browser could not encode the PNG'));
    }, 'image/png');
  });
}

/**
 * Composes an exported image: the map as drawn at the export's scale, under a title band, with the
 * legend in its corner and the source line and attribution below. Drawn on a 2D canvas (not a
 * screenshot of the page), so the image is sharp at every scale.
 */
import {
  EXPORT_MARGIN,
  FOOTER_LINE,
  LEGEND_ROW,
  SWATCH,
  exportLayout,
  type ExportLayout,
} from '../core/export-layout';
import { palette } from '../core/palette';

export interface LegendEntry {
  kind: 'state' | 'organization' | 'place' | 'dashed' | 'solid' | 'domain';
  label: string;
  colour: string;
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
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('2D canvas is not available');
  measure.font = `12px ${FONT}`;
  const footerLines = text.footer.flatMap((line) =>
    wrap(measure, line, size.width - 2 * EXPORT_MARGIN),
  );
  const layout = exportLayout(size, text.legend.length, footerLines.length);
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
  context.beginPath();
  context.moveTo(0, layout.map.y - 0.5);
  context.lineTo(layout.width, layout.map.y - 0.5);
  context.stroke();

  // Legend: a white box with a swatch per row.
  const { legend } = layout;
  context.fillStyle = 'rgba(255, 255, 255, 0.94)';
  context.strokeStyle = '#9ca3af';
  context.lineWidth = 1;
  context.fillRect(legend.x, legend.y, legend.width, legend.height);
  context.strokeRect(legend.x + 0.5, legend.y + 0.5, legend.width - 1, legend.height - 1);
  context.fillStyle = '#1b1f24';
  context.font = `700 13px ${FONT}`;
  context.fillText(text.legendTitle, legend.x + 10, legend.y + 10 + 14);
  context.font = `12px ${FONT}`;
  text.legend.forEach((entry, i) => {
    const box = layout.rows[i];
    if (!box) return;
    const cx = box.x + SWATCH / 2;
    const cy = box.y + SWATCH / 2;
    if (entry.kind === 'domain') {
      context.fillStyle = entry.colour;
      context.fillRect(box.x, box.y, SWATCH, SWATCH);
    } else if (entry.kind === 'state' || entry.kind === 'organization' || entry.kind === 'place') {
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
      context.fillStyle = entry.colour;
      context.fill();
      context.strokeStyle = '#ffffff';
      context.lineWidth = 1.5;
      context.stroke();
    } else {
      context.strokeStyle = entry.colour;
      context.lineWidth = 3;
      context.setLineDash(entry.kind === 'dashed' ? [6, 4] : []);
      context.beginPath();
      context.moveTo(box.x, box.y + SWATCH / 2);
      context.lineTo(box.x + SWATCH + 10, box.y + SWATCH / 2);
      context.stroke();
      context.setLineDash([]);
    }
    context.fillStyle = '#1b1f24';
    const x = box.x + SWATCH + 16;
    context.fillText(
      fit(context, entry.label, legend.x + legend.width - x - 8),
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

/** The legend's rows: the markers, the two line styles, then every domain's colour. */
export function legendEntries(
  domains: readonly { label: string; colour: string }[],
  markers: readonly { kind: 'state' | 'organization' | 'place'; label: string }[],
  labels: { dashed: string; solid: string },
): LegendEntry[] {
  return [
    ...markers.map((m) => ({ kind: m.kind, label: m.label, colour: palette[m.kind] })),
    { kind: 'dashed', label: labels.dashed, colour: palette.legendLine },
    { kind: 'solid', label: labels.solid, colour: palette.legendLine },
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

/** Offers a file for download under `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

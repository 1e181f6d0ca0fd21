/**
 * The words that go with a view of the map when it leaves the app (an image, a caption, a printed
 * page): its title and the line that names its sources.
 */
import { linkTitle } from '../core/summary';
import { coarseRange } from '../core/timeline';
import { translator, type Translator } from '../core/messages';
import { sourceLineText } from '../core/source-line';
import type { Source } from '../core/types';
import type { AtlasState } from '../store/atlas-store';
import type { FrameContents } from '../core/legend';
import { rowOf, selectVisibleLinks } from '../store/selectors';
import { viewLegend } from './view-legend';
import { legendEntries, type ImageText } from './compose-image';

/** Sources named one by one in a footer; more than this are counted instead. */
const SOURCES_LISTED = 4;

/** The scene on show, when the view is a scene's (presenting, or a scene just shown). */
export function currentScene(state: AtlasState) {
  return state.sceneIndex === null ? null : (state.deck?.scenes[state.sceneIndex] ?? null);
}

/** The sources behind the view: the featured passage's, the selection's, or the dataset's. */
export function viewSources(state: AtlasState): Source[] {
  const scene = currentScene(state);
  const featured = scene?.excerpt ? state.captionExcerpts.get(scene.excerpt) : undefined;
  if (featured) return [featured.source];
  const details = state.details;
  if (details && details.id === state.selectedId) return details.bundle.sources;
  return state.summary?.sources ?? [];
}

export function sourceLines(sources: readonly Source[], words: Translator): string[] {
  if (sources.length === 0) return [];
  if (sources.length > SOURCES_LISTED)
    return [words.t('export.sourcesCounted', { count: sources.length })];
  return sources.map((source) => sourceLineText(source, words));
}

/** The view's title: the scene's when `asScene` (presenting, printing), else what is selected. */
export function viewTitle(
  state: AtlasState,
  asScene: boolean,
): { title: string; subtitle: string } {
  const words = translator(state.language);
  const { t, localized } = words;
  const summary = state.summary;
  const datasetTitle = summary ? localized(summary.title) : t('app.name');
  const count = t('export.shown', { count: selectVisibleLinks(state).length });
  const when = windowText(state.filters.dateFrom, state.filters.dateTo, t, words.formatDate);
  // "2 partnerships shown · In force: 2005" when a time window is set.
  const shown = when ? `${count} · ${when}` : count;
  const scene = asScene ? currentScene(state) : null;
  if (scene) return { title: scene.title, subtitle: `${datasetTitle} · ${shown}` };
  const row = rowOf(state, state.selectedId);
  if (summary && row >= 0) {
    return {
      title: linkTitle(summary, row, state.language),
      subtitle: `${datasetTitle} · ${shown}`,
    };
  }
  return { title: datasetTitle, subtitle: shown };
}

/**
 * Everything an exported image says besides the map; its legend only what `frame` (the map's
 * view) holds, when given.
 */
export function imageText(
  state: AtlasState,
  asScene = state.presenting,
  frame: FrameContents | null = null,
): ImageText {
  const { title, subtitle } = viewTitle(state, asScene);
  const words = translator(state.language);
  const { t, say, localized } = words;
  const legend = viewLegend(state, frame);
  return {
    title,
    subtitle,
    legendTitle: t('export.legendTitle'),
    legend: legendEntries(
      legend.items.map((item) => ({ kind: item.kind, label: say(item.text) })),
      legend.domains.map((d) => ({ label: localized(d.label), colour: d.color })),
    ),
    footer: [...sourceLines(viewSources(state), words), t('export.attribution')],
  };
}

/** A window of time in words: "2005", "1990 – 1995", "From 2005", "Until 1991"; null for none. */
export function rangeText(
  dateFrom: string | null,
  dateTo: string | null,
  t: Translator['t'],
  formatDate: Translator['formatDate'],
): string | null {
  const { from, to } = coarseRange(dateFrom, dateTo);
  if (from === null && to === null) return null;
  if (from !== null && to !== null) {
    return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  }
  return from !== null
    ? `${t('details.spanFrom')} ${formatDate(from)}`
    : `${t('details.spanUntil')} ${formatDate(to ?? '')}`;
}

/**
 * The time window a view shows ("In force: 1990", "In force: 1990 – 1995"), or null when it shows
 * every date: a scene of 2005 says so on screen, in its image and in its video.
 */
export function windowText(
  dateFrom: string | null,
  dateTo: string | null,
  t: Translator['t'],
  formatDate: Translator['formatDate'],
): string | null {
  const range = rangeText(dateFrom, dateTo, t, formatDate);
  return range === null ? null : `${t('details.inForce')}: ${range}`;
}

/**
 * The English messages of the briefing (its panel's scenes, image and handout, the presentation's
 * caption and keys, the presenter view and the printed handout): registered by their chunks through
 * `present-messages.ts`, so that the atlas's entry, which only opens the briefing, does not carry
 * them. Their keys are `MessageKey`s.
 */
export const enPresent = {
  'deck.notesEmpty': 'No speaker notes.',
  'present.progress': '{position} / {count}',
  'present.exit': 'Leave the presentation (Esc)',
  'present.previous': 'Previous scene',
  'present.next': 'Next scene',
  'present.help': '→ or Space: next · ←: previous · Home / End · Esc: leave',
  'present.label': 'Presentation',
  'present.windowed': 'Full screen is not available here; the presentation fills the window.',
  'present.sourcesGeneral': 'Sources: the articles listed in “About this map”.',
  'presenter.current': 'Now',
  'presenter.next': 'Next',
  'presenter.end': 'End of the deck.',
  'presenter.notes': 'Speaker notes',
  'presenter.waiting':
    'Waiting for the atlas window. Start the presentation there; this window follows it.',
  'presenter.elapsed': 'Elapsed {time}',
  'deck.sceneLabel': 'Scene {number}: {title}',
  'deck.sceneTitle': 'Title',
  'deck.sceneNotes': 'Speaker notes',
  'deck.sceneShow': 'Show',
  'deck.sceneUpdate': 'Update from the map',
  'deck.sceneDelete': 'Delete',
  'deck.reorderHelp':
    'Drag a scene to move it, or focus its handle and press the up and down arrow keys.',
  'deck.dragHandle': 'Move scene {number}',
  'deck.sceneSummarySelected': 'Shows {title}',
  'deck.sceneSummaryFocus': 'Focus on {actor}',
  'deck.sceneSummaryOverview': 'Overview',
  'deck.sceneSummaryFilters': 'filters set',
  'export.heading': 'Export image',
  'export.png': 'PNG {scale}×',
  'export.pngLabel': 'Export the current view as a PNG at {scale}× ({width} × {height} px)',
  'export.working': 'Preparing the image…',
  'export.done': 'Image saved: {file}',
  'export.failed': 'The image could not be made: {reason}',
  'export.tooLarge':
    'this browser can draw at most {max} pixels across, short of the {width} asked for; try a smaller scale',
  'print.handout': 'Print handout',
  'print.preparing': 'Preparing scene {position} of {count} for print…',
  'print.page': 'Scene {position} of {count}',
  'deck.readFailed': '{file} could not be read: {reason}. The deck is unchanged.',
} as const;

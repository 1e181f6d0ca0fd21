/**
 * The English messages of sharing (the share dialog, the data export's choices, the atlas file's
 * opening and its refusals, the standalone page): registered by their chunks through
 * `share-messages.ts`, so that neither the atlas's entry nor its workers carry them. Their keys are
 * `MessageKey`s.
 */
export const enShare = {
  'atlasFile.not-zip': '“{file}” cannot be opened as an atlas file: {why}. Nothing was changed.',
  'atlasFile.not-ours': '“{file}” is not an atlas file of ours: {why}. Nothing was changed.',
  'atlasFile.damaged': '“{file}” is damaged: {why}. Nothing was changed.',
  'atlasFile.newer':
    '“{file}” was saved by a newer Partnership Atlas (atlas file version {version}; this one reads up to version {supported}). Nothing was changed.',
  'atlasFile.invalid':
    'The dataset in “{file}” does not pass the checks; nothing was changed. Problems:',
  'atlasFile.opening': 'Opening the atlas file “{file}”…',
  'atlasFile.foreign':
    'The address asks to open “{value}”, which is not on this site: the atlas never fetches from elsewhere. Nothing was opened.',
  'atlasFile.fetchFailed': '“{value}” could not be fetched ({reason}). Nothing was changed.',
  'share.title': 'Share this atlas',
  'share.atlasFile': 'Save as an atlas file',
  'share.atlasFileHelp':
    'One file with the dataset and its source texts (so that its excerpts stay checked), the briefing deck and this view. A colleague opens it by dropping it on the atlas, by choosing it in Datasets, or with ?open= and its address on the same site.',
  'share.saving': 'Writing the atlas file…',
  'share.saved': 'Saved {file} ({size} KB).',
  'share.failed': 'The atlas file could not be written ({reason}).',
  'share.embed': 'Embed in a page',
  'share.embedHelp':
    'Paste this into a web page: the map of this view with a caption and a link to open it in the atlas. It shows the dataset this site serves; an imported dataset is shared as an atlas file.',
  'share.embedCode': 'Code to paste',
  'share.close': 'Close',
  'atlasFile.invalidNotice':
    'The dataset in “{file}” does not pass the checks: choose the file in Datasets to see its problems. Nothing was changed.',
  'offline.updateReady': 'A new version of the atlas is ready.',
  'offline.updateNow': 'Update now',
  'offline.updateLater': 'Later',
  'share.standalone': 'Download a standalone page',
  'share.standaloneHelp':
    'One .html file that opens from disk with no server and no network: this dataset with its source texts, the briefing deck and this view, read-only. Its map carries the basemap at the zooms this view and the deck use.',
  'share.standaloneSaving': 'Writing the standalone page…',
  'share.standaloneSaved': 'Saved {file} ({size} MB).',
  'share.standaloneFailed': 'The standalone page could not be written ({reason}).',
  'standalone.note': 'Standalone page, read-only · saved {date}',
  'standalone.broken': 'This standalone page cannot be shown: {why}.',
  'dataExport.passagesCsv': 'CSV: every passage cited, with our translation and its source',
  'dataExport.actors': 'Actors (actors CSV and GeoJSON)',
  'dataExport.allActors': 'Also the members and framework partners of party organizations',
  'dataExport.actorsHelp':
    'By default only the parties are listed. Each actor’s role column says party, member or partner.',
  'dataExport.repository': 'For the repository: atlas.json and the source texts (.zip)',
} as const;

/**
 * Every user-visible string of the interface, in one typed table per language (English here,
 * Arabic in `messages-ar.ts`). Components take text through a `Translator`'s `t()`, never from
 * literals. Placeholders are written `{name}` and filled by `t(key, { name })`; numbers are
 * formatted for the language with `Intl`. There is no language "in use" here: every caller names
 * its language (`translator(language)`, `translate(language, …)`), so that a memoized component, a
 * worker or a second window cannot speak the wrong one. English is always here; another language's
 * table is fetched the first time it is needed (`loadMessages`), so that a page in one language
 * does not download the other.
 */
export const en = {
  'app.name': 'Partnership Atlas',
  'app.tagline': 'Security partnerships, each line backed by a quoted source',
  'app.loading': 'Loading the atlas…',
  'app.phase.fetching': 'Fetching the data',
  'app.phase.validating': 'Checking every record and quotation',
  'app.phase.indexing': 'Indexing partnerships',
  'app.phase.drawing': 'Preparing the map',
  'app.phaseStep': 'Step {step} of {steps}: {phase}',
  'app.skipToList': 'Skip to the partnership list',
  'app.skipToBriefing': 'Skip to the briefing',
  'language.switch': 'العربية',
  'language.switchLabel': 'Show the atlas in Arabic',

  'about.open': 'About this map',
  'about.title': 'About this map',
  'about.close': 'Close',
  'about.intro':
    'Each line on the map is a partnership reported in a source article. Every cooperation domain shown for a partnership cites the passages of the article that support it, quoted exactly.',
  'about.sourcesHeading': 'Sources',
  'about.moreSources': {
    one: 'and {count} more source, named beside the passages quoted from it.',
    other: 'and {count} more sources, each named beside the passages quoted from it.',
  },
  'about.translations':
    'The articles are in Arabic. English translations, summaries and headlines marked as translations are ours.',
  'about.referenceHeading': 'Reference data',
  'about.basemapHeading': 'Basemap',
  'about.basemap':
    'Country shapes and borders: Natural Earth at 1:110m, 1:50m and 1:10m depending on the zoom (public domain), through the world-atlas package; Arabic country names from the i18n-iso-countries package; sea labels placed by us under their common English and Arabic names. Borders follow Natural Earth’s convention of de facto lines. Boundaries of areas whose status is disputed (Western Sahara, Kosovo, Northern Cyprus, Somaliland, the Siachen Glacier) are dashed; neither they nor the country names imply a position on any dispute. The map is drawn in the browser; nothing is fetched from other servers.',

  'domains.heading': 'Cooperation domains',
  'domains.help': 'A partnership stays on the map while at least one of its domains is ticked.',
  'domains.helpAll': 'Only partnerships that cite every ticked domain are shown.',
  'domains.mode': 'Show partnerships citing',
  'domains.modeAny': 'any ticked domain',
  'domains.modeAll': 'all ticked domains',
  'domains.only': 'only',
  'domains.onlyLabel': 'Show only {domain}',
  'domains.count': {
    one: '{count} partnership',
    other: '{count} partnerships',
  },
  'domains.showAll': 'Show all domains',

  'list.value': '{name} {value}',
  'list.order': 'Order',
  'list.orderFile': 'as in the file',
  'list.orderValue': 'greatest {name} first',
  'list.heading': 'Partnerships',
  'list.summary': '{shown} of {total} shown',
  'list.empty': 'No partnership matches: {reasons}.',
  'list.emptyDomains': 'the domain filter',
  'list.emptyStatuses': 'the status filter',
  'list.emptyDates': 'the date range',
  'list.emptyFocus': 'the focus on {actor}',
  'list.clearFilters': 'Clear all filters',
  'list.separator': ', ',
  'search.label': 'Search actors, partnerships, domains and passages',
  'search.placeholder': 'e.g. NATO, الناتو, demining, الإرهاب',
  'search.results': 'Search results',
  'search.none': 'Nothing matches.',
  'search.actors': 'Actors (focus)',
  'search.partnerships': 'Partnerships',
  'search.domains': 'Domains (show only)',
  'search.excerpts': 'Passages in the sources',
  'filters.more': 'Status and date',
  'status.heading': 'Status',
  'dates.heading': 'Date',
  'dates.from': 'From',
  'dates.to': 'To',
  'dates.none': 'No partnership in this dataset has a date in its sources.',
  'dates.range': 'Dated from {first} to {last}.',
  'dates.unknown': 'Include partnerships with no date ({count})',
  'dates.clear': 'Any date',
  'focus.label': 'Focus: {actor}',
  'focus.members': {
    one: 'Include its {count} member state',
    other: 'Include its {count} member states',
  },
  'focus.clear': 'Clear focus',
  'focus.on': 'Focus on {actor}',
  'focus.help':
    'Its partnerships are listed; on the map they are drawn over the others, which dim.',
  'notice.dismiss': 'Dismiss',
  'notice.url': 'Some settings in the address were not used:',

  'details.close': 'Close details',
  'details.loading': 'Loading the partnership’s details…',
  'details.status': 'Status',
  'details.date': 'Date',
  'details.value': 'Value ({name})',
  'details.valueUnknown': 'Not given in the file',
  'details.otherFields': 'Other fields in the file',
  'details.dateUnknown': 'Not given in the source',
  'details.summary': 'Summary',
  'details.summaryNote': 'Our summary of the source.',
  'details.people': 'People named',
  'details.domains': 'Cooperation domains',
  'details.evidence': 'Evidence',
  'details.evidenceFor': 'Passages on {domain}',
  'details.translation': 'Our translation',
  'details.sourceLabel': 'Source:',
  'details.sources': 'Sources',
  'details.headlineTranslation': 'headline, our translation: “{headline}”',
  'details.noHeadline':
    'untitled article (the text carries no headline); our description: {subject}',
  'details.givenSource': 'as the imported file names it: “{subject}”',
  'details.sourceUnknowns': 'Publisher, date and URL unknown.',
  'details.publisherUnknown': 'publisher unknown',
  'details.dateUnknownShort': 'date unknown',
  'details.urlUnknown': 'URL unknown',
  'details.hiddenByFilter': 'The filters hide this partnership from the list.',
  'details.stepLabel': 'Partnerships in the list',
  'details.previous': '← Previous',
  'details.next': 'Next →',
  'details.position': '{position} of {count}',
  'details.sameParties': 'Other partnerships between the same parties ({count})',
  'citation.copy': 'Copy citation',
  'citation.copied': 'Citation copied.',
  'citation.failed': 'The clipboard is not available; select the text to copy it.',
  'citation.publisher': 'publisher',
  'citation.date': 'date',
  'citation.url': 'URL',
  'citation.unknown': '{parts} unknown',
  'details.parties': 'Parties',
  'details.members': {
    one: '{name}: {count} member state',
    other: '{name}: {count} member states',
  },
  'details.framework': {
    one: '{name}, launched {year}: {count} partner',
    other: '{name}, launched {year}: {count} partners',
  },
  'details.frameworkNoYear': {
    one: '{name}: {count} partner',
    other: '{name}: {count} partners',
  },
  'details.referenceNote': 'Reference data, not from the source articles: {note}',
  'details.anchor': 'Shown at: {place}',
  'details.anchor.territory':
    'Shown at the centre of its territory, not at its capital (placed by the atlas’s gazetteer).',
  'details.anchor.given': 'Shown where the imported file places it: {place}',
  'details.noTranslation': 'The imported file gives no translation.',
  'details.notChecked': 'Quoted as the imported file gives it; not checked against the article.',
  'details.noPassage': 'The imported file quotes no passage for this.',

  'actorKind.state': 'State',
  'actorKind.organization': 'Organization',
  'actorKind.place': 'Place named in an imported file',

  'status.talks-held': 'Talks held',
  'status.intent-expressed': 'Interest expressed; dialogue planned',
  'status.agreement-signed': 'Agreement signed',
  'status.not-given': 'Status not given',

  'excerptKind.report': 'Reported',
  'excerptKind.commentary': 'Writer’s commentary, not evidence',
  'excerptKind.background': 'Background box, not evidence',

  'issue.missing': 'is missing',
  'issue.expected.string': 'must be text',
  'issue.expected.number': 'must be a number',
  'issue.expected.integer': 'must be a whole number',
  'issue.expected.boolean': 'must be true or false',
  'issue.expected.array': 'must be a list',
  'issue.expected.object': 'must be an object',
  'issue.expected.other': 'must be of type {expected}',
  'issue.tooSmall': 'must be at least {minimum}',
  'issue.tooSmallExclusive': 'must be greater than {minimum}',
  'issue.tooBig': 'must be at most {maximum}',
  'issue.tooBigExclusive': 'must be less than {maximum}',
  'issue.empty': 'must not be empty',
  'issue.tooShort': 'must have at least {minimum} characters',
  'issue.tooLong': 'must have at most {maximum} characters',
  'issue.emptyList': 'must list at least one item',
  'issue.tooFew': 'must list at least {minimum} items',
  'issue.tooMany': 'must list at most {maximum} items',
  'issue.date': 'must be a date written YYYY-MM-DD, such as 2024-05-17',
  'issue.partialDate': 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, such as 2024-05-17',
  'issue.url': 'must be a web address (URL)',
  'issue.format': 'does not have the expected form ({format})',
  'issue.oneOf': 'must be one of: {values}',
  'issue.unknownField': 'has a field this format does not know: {keys}',
  'issue.union': 'matches none of the accepted forms',
  'issue.invalid': 'is not valid',
  'issue.slug': 'must be a lower-case slug such as “counter-terrorism”',
  'issue.stateId': 'a state id must be its ISO 3166-1 alpha-3 code, e.g. “DZA”',
  'issue.colour': 'must be a colour such as “#332288”',
  'issue.sourcePath': 'must be a path such as “sources/article.txt”',
  'issue.sceneId': 'must be an id: letters, digits, “.”, “_”, “:” or “-”',
  'issue.valueFinite': 'the value must be a finite number',
  'issue.viewBounds':
    'the frame must run from its west edge to a greater east edge and from its south edge to a greater north edge: [[west, south], [east, north]]',
  'issue.longitude': 'longitude must be between -180 and 180',
  'issue.latitude': 'latitude must be between -90 and 90',
  'issue.frameworkMembers': 'a framework needs at least one member',
  'issue.domainExcerpts': 'every domain must cite at least one excerpt',
  'issue.statusExcerpts': 'the status must cite at least one excerpt',
  'issue.partnershipSources': 'a partnership needs at least one source',
  'issue.curatedPlace':
    'the atlas’s own data names only states and organizations (a place of unknown kind comes only from an import)',
  'issue.curatedCapital': 'the atlas’s own data shows a state at its capital',
  'issue.curatedHeadquarters': 'the atlas’s own data shows an organization at its headquarters',
  'issue.curatedFile': 'the atlas’s own data keeps the text of every source in data/sources/',
  'issue.jsonDepth':
    'nests arrays and objects deeper than {limit} levels, at line {line}, column {column}',
  'limit.importBytes': 'it is {size}; files of up to {limit} can be imported',
  'limit.deckBytes': '{file} is {size}; a deck file may be at most {limit}. The deck is unchanged.',
  'limit.columns': 'it has {found} columns; a table may have at most {limit}',
  'limit.textTooLong': 'its text is too long for this browser to hold; split the file',
  'issue.urlScheme': 'is not a web address (it must start with http: or https:)',
  'note.untranslated': 'not translated yet (the atlas says so beside the passage)',
  'note.noSummary': 'no summary written yet (the atlas says so)',
  'note.territory':
    'placed at the centre of its territory, not at its capital (the atlas says how it is placed)',
  'issue.curatedStatus':
    'the atlas’s own data always gives the status, with a passage that shows it',
  'issue.partnershipDomains': 'a partnership needs at least one domain',
  'issue.scenes500': 'a deck holds at most 500 scenes',
  'issue.duplicateId': 'duplicates the id of {first}',
  'issue.tooManyDomains': 'is one domain too many: at most {max} domains are supported',
  'issue.unknown.actor': 'refers to actor “{id}”, which does not exist',
  'issue.unknown.excerpt': 'refers to excerpt “{id}”, which does not exist',
  'issue.unknown.source': 'refers to source “{id}”, which does not exist',
  'issue.unknown.domain': 'refers to domain “{id}”, which does not exist',
  'issue.duplicateFramework': 'duplicates another framework id',
  'issue.sourceUnreadable': 'cannot be checked: the source file “{file}” could not be read',
  'issue.notInSource': 'is not found character for character in “{file}”',
  'issue.otherSource':
    'cites excerpt “{id}” from source “{source}”, which is not among the partnership’s sources',
  'issue.notReported':
    'cites excerpt “{id}”, which is {kind}, not reported fact, so it cannot be evidence',
  'issue.sameActorTwice': 'names the same actor twice',
  'issue.notAParty': 'must be one of the parties ({parties})',
  'issue.domainTwice': 'lists domain “{domain}” twice',
  'issue.jsonAt': 'is not valid JSON (line {line}, column {column}): {detail}',
  'issue.json': 'is not valid JSON: {detail}',
  'issue.notLoaded': 'could not be loaded: {detail}',
  'issue.lacks.partnership': 'refers to partnership “{id}”, which this dataset lacks',
  'issue.lacks.actor': 'refers to actor “{id}”, which this dataset lacks',
  'issue.lacks.excerpt': 'refers to excerpt “{id}”, which this dataset lacks',
  'issue.lacks.domain': 'refers to domain “{id}”, which this dataset lacks',
  'import.locationNoId': 'has neither an id nor a name',
  'import.locationDuplicate': 'repeats the place “{id}” of an earlier row',
  'import.noLatitude': 'has no latitude',
  'import.noLongitude': 'has no longitude',
  'import.notNumber': 'is not a number',
  'import.latitudeRange': 'is not a latitude: it must be between -90 and 90',
  'import.latitudeSwapped':
    'is not a latitude (it must be between -90 and 90); the latitude and longitude columns look swapped',
  'import.longitudeRange': 'is not a longitude: it must be between -180 and 180',
  'import.actorMissing': 'names no actor',
  'import.actorUnknown':
    '“{value}” is in neither the locations file nor the gazetteer; give its coordinates in a locations file',
  'import.actorAmbiguous': '“{value}” could be any of: {candidates}; write its ISO code instead',
  'import.actorUnplaced':
    '“{value}” is known, but the basemap has no shape to place it; give its coordinates',
  'import.sameActor': 'names the same actor at both ends',
  'import.statusUnknown': 'is not a status this atlas knows ({values})',
  'import.dateInvalid': 'is not a date: write it YYYY-MM-DD, YYYY-MM or YYYY',
  'import.cellCount': 'has {found} cells where the header has {expected}',
  'import.quoteInField': 'has text after a closing quotation mark: its quoting is broken',
  'import.unclosedQuote': 'opens a quotation mark that is never closed',
  'import.duplicateRow': 'repeats line {line} exactly; left out',
  'import.report.line': 'Line',
  'import.report.column': 'Column',
  'import.report.value': 'Value',
  'import.report.problem': 'Problem',
  'dataExport.open': 'Export data',
  'dataExport.title': 'Export the data',
  'dataExport.scope': 'Which partnerships',
  'dataExport.all': 'All {count}',
  'dataExport.shown': 'Only the {count} the filters show',
  'dataExport.formats': 'Format',
  'dataExport.json': 'JSON, this atlas’s own format',
  'dataExport.linksCsv': 'CSV: the partnerships',
  'dataExport.actorsCsv': 'CSV: the actors and where they are drawn',
  'dataExport.geojson': 'GeoJSON, for QGIS and kepler.gl',
  'dataExport.help':
    'The CSV and GeoJSON files open in spreadsheets, QGIS and kepler.gl; the JSON file, with the source texts beside it, opens in this atlas again. Passages are exported verbatim.',
  'dataExport.done': 'Saved “{file}”.',
  'dataExport.failed': 'The export failed: {reason}',
  'dataExport.noData': 'the data is not loaded',
  'dataExport.close': 'Close',
  'import.notGeoJson': 'is not GeoJSON: expected a FeatureCollection, a Feature or a geometry',
  'import.geometryUnsupported':
    'is not a LineString or a Point: only lines between two actors and actors are read',
  'import.lineEnds': 'does not have two ends with longitude and latitude',
  'import.report.feature': 'Feature',
  'import.empty': 'is empty: there is no header line',
  'import.domainNotGiven': 'Domain not given',
  'import.domainNotGivenDescription': 'The imported rows that name no domain.',
  'import.domainDescription': 'A domain as the imported file names it.',
  'import.sourceNotGiven': 'no source given in the imported file',
  'import.tooManyDomains': 'would add a domain beyond the {max} a dataset can hold; left out',
  'import.provenance.line':
    'Imported from line {n} of {file}. The file gives no summary: what it gives is shown below.',
  'import.provenance.feature':
    'Imported from feature {n} of {file}. The file gives no summary: what it gives is shown below.',
  'datasets.open': 'Datasets',
  'datasets.title': 'Datasets',
  'datasets.intro':
    'The seed data ships with the atlas. Datasets you import are kept in this browser only, until you delete them.',
  'datasets.seedName': 'The atlas’s seed data',
  'datasets.shownNow': 'shown now',
  'datasets.show': 'Show',
  'datasets.rename': 'Rename',
  'datasets.renameLabel': 'New name for “{name}”',
  'datasets.saveName': 'Save the name',
  'datasets.delete': 'Delete',
  'datasets.confirmDelete': 'Delete “{name}” from this browser? This cannot be undone.',
  'datasets.confirmYes': 'Delete it',
  'datasets.cancel': 'Cancel',
  'datasets.entry': {
    one: '{count} partnership · from {origin} · imported {date}',
    other: '{count} partnerships · from {origin} · imported {date}',
  },
  'datasets.none': 'No imported datasets yet.',
  'datasets.unavailable': 'This browser does not let the atlas keep datasets: {reason}',
  'datasets.failed': 'That did not work: {reason}',
  'map.noWebgl':
    'This browser cannot draw the map (WebGL 2 is turned off or unavailable). Everything else works: the list names every partnership shown, and the details, search, filters and briefing captions are as usual.',
  'map.contextLost':
    'The map stopped drawing (the browser took back its graphics context); it redraws when the browser restores it. The list and the details keep working.',
  'boundary.render': 'Something went wrong while showing {area}.',
  'boundary.chunk':
    'Part of the atlas ({area}) could not be loaded: the network may be down, or the site has been updated.',
  'boundary.kept': 'Your decks and the datasets kept in this browser are untouched.',
  'boundary.retry': 'Retry',
  'boundary.reload': 'Reload the page',
  'boundary.area.atlas': 'the atlas',
  'boundary.area.briefing': 'the briefing',
  'boundary.area.datasets': 'the datasets',
  'boundary.area.workbench': 'the article workbench',
  'boundary.area.details': 'the partnership’s details',
  'boundary.area.sidebar': 'the list and the filters',
  'boundary.area.map': 'the map',
  'datasets.persistent': 'This browser keeps the datasets stored here until you delete them.',
  'datasets.bestEffort':
    'This browser may clear the datasets stored here when it runs short of space: export the ones you need to keep.',
  'datasets.addressRefused':
    'The address asks for the dataset “{value}”, which is not a file of this site; the seed dataset is shown.',
  'datasets.missing':
    'The imported dataset shown last time is no longer kept in this browser; the seed data is shown instead.',
  'datasets.close': 'Close',
  'datasets.import': 'Import a file…',
  'import.title': 'Import partnerships',
  'import.drop': 'Drop a file here, or choose one:',
  'import.choose': 'File to import',
  'import.formats':
    'A links CSV (origin, dest, and optionally domains, status, date, source, excerpt) with or without a locations CSV; an origin–destination CSV with coordinates (kepler.gl); GeoJSON lines and points; or this atlas’s own JSON. UTF-8, Windows-1256 and Latin-1 are recognised.',
  'import.pasteLabel': 'Or paste a table (CSV or tab-separated, with a header line)',
  'import.pasteRead': 'Read the pasted table',
  'import.pastedName': 'pasted-table.csv',
  'import.phase.decoding': 'Decoding',
  'import.phase.parsing': 'Reading rows',
  'import.phase.checking': 'Checking rows',
  'import.phase.saving': 'Keeping the dataset',
  'import.cancel': 'Cancel',
  'import.cancelled': 'Import cancelled; nothing was changed.',
  'import.openFailed': '“{file}” {problem}. Nothing was changed.',
  'import.readFailed': 'The file could not be read: {reason}. Nothing was changed.',
  'import.fileFacts': '“{file}”: {rows} rows, {encoding} ({how}), separated by {delimiter}.',
  'import.jsonFacts': '“{file}”: {kind}, {encoding} ({how}).',
  'import.kind.geojson': 'GeoJSON',
  'import.kind.dataset': 'a dataset in this atlas’s format',
  'import.how.bom': 'marked in the file',
  'import.how.valid': 'valid UTF-8',
  'import.how.guessed': 'guessed from its bytes',
  'import.how.chosen': 'as you chose',
  'import.encoding': 'Encoding',
  'import.encodingAuto': 'As detected',
  'import.delimiter.comma': 'commas',
  'import.delimiter.semicolon': 'semicolons',
  'import.delimiter.tab': 'tabs',
  'import.delimiter.bar': 'vertical bars',
  'import.mapping': 'Which column is which',
  'import.mappingHelp':
    'Origin and destination are needed: a name, an ISO code or an id of the locations file in each; or four coordinate columns.',
  'import.noColumn': '— not in the file —',
  'import.field.origin': 'Origin',
  'import.field.dest': 'Destination',
  'import.field.originLat': 'Origin latitude',
  'import.field.originLon': 'Origin longitude',
  'import.field.destLat': 'Destination latitude',
  'import.field.destLon': 'Destination longitude',
  'import.field.domains': 'Domains (separated by ; or |)',
  'import.field.status': 'Status',
  'import.field.date': 'Date',
  'import.field.source': 'Source',
  'import.field.excerpt': 'Passage quoted',
  'import.field.value': 'Value (a count or an amount)',
  'import.codes.label': 'What “{column}” holds',
  'import.codes.names': 'Names, placed by the built-in list of states and organizations.',
  'import.codes.because':
    'Chosen: {chosen}. The values {values} are not codes of the other system.',
  'import.codes.either':
    'Chosen: {chosen}, but the values are also {other} codes, which name other states: check and choose.',
  'import.codes.only': 'Chosen: {chosen}: the only system that reads these values.',
  'import.codes.system.names': 'names',
  'import.codes.system.iso-numeric': 'ISO 3166 numeric codes',
  'import.codes.system.iso-alpha2': 'ISO 3166 two-letter codes',
  'import.codes.system.iso-alpha3': 'ISO 3166 three-letter codes',
  'import.codes.system.cow-numeric': 'Correlates of War numeric codes',
  'import.codes.system.cow-abbreviation': 'Correlates of War abbreviations',
  'import.codes.cowUnknown': '“{value}” is not in the Correlates of War state list',
  'import.codes.noTerritory':
    'Correlates of War “{value}” is {name}, which has no present-day territory to place it on: give coordinates in a locations file',
  'import.codes.notCode': '“{value}” is not a code of the system chosen for this column',
  'import.valueInvalid':
    'not a number: write digits, with a decimal point or comma and thousands separators if you like (1,234.5 or 1.234,5)',
  'import.valueNotes':
    'Value column: {noValue} rows kept give no value (shown as unknown); {negativeValue} give a negative value (kept as written, drawn at the thinnest width).',
  'import.field.id': 'Id',
  'import.field.name': 'Name',
  'import.field.nameAr': 'Arabic name',
  'import.field.lat': 'Latitude',
  'import.field.lon': 'Longitude',
  'import.preview': 'The first rows, as the columns are now assigned',
  'import.locations': 'Locations file (optional)',
  'import.locationsHelp':
    'A table of places (id, name, lat, lon) that the links name by id or name.',
  'import.locationsChoose': 'Locations file',
  'import.locationsRemove': 'Remove the locations file',
  'import.needEnds': 'Say which columns hold the origin and the destination first.',
  'import.check': 'Check the rows',
  'import.counts':
    '{kept} of {rows} rows can be imported. Left out: {rejected} with problems, {duplicates} repeating an earlier row.',
  'import.noProblems': 'No problems found.',
  'import.problems': 'Problems',
  'import.moreIssues': {
    one: '… and {count} more in the downloadable report.',
    other: '… and {count} more in the downloadable report.',
  },
  'import.download': 'Download the report (CSV)',
  'import.name': 'Name of the new dataset',
  'import.confirm': {
    one: 'Import {count} partnership and show it',
    other: 'Import {count} partnerships and show them',
  },
  'import.confirmHelp':
    'Until you import, the dataset shown now stays as it is; the seed data is always there to go back to.',
  'import.nothing': 'No row can be imported. Fix the file and try again.',
  'import.back': 'Back',
  'import.saveFailed': 'The dataset could not be kept in this browser: {reason}',
  'errors.title': 'The atlas’s data could not be loaded',
  'errors.intro':
    'Nothing is shown until the data is fixed, so that no line on the map lacks its evidence. Each problem below names the file, the record and the field.',
  'errors.count': {
    one: '{count} problem found',
    other: '{count} problems found',
  },
  'errors.file': 'File',
  'errors.record': 'Record',
  'errors.field': 'Field',
  'errors.problem': 'Problem',
  'errors.wholeFile': '(whole file)',
  'errors.wholeRecord': '(whole record)',

  'map.label': 'Map of partnerships',
  'tooltip.value': 'Value ({name}): {value}',
  'tooltip.valueSum': '{name}, all partnerships of the pair: {value}',
  'tooltip.more': {
    one: 'The only partnership between these parties',
    other: 'One of {count} partnerships between these parties',
  },
  'url.why.date': 'is not a date such as 2024-05-17',
  'url.why.flag': 'must be 0 or 1',
  'url.why.partnership': 'is not a partnership id',
  'url.why.domains': 'is not a list of domain ids',
  'url.why.match': 'must be “any” or “all”',
  'url.why.actor': 'is not an actor id',
  'url.why.query': 'is longer than 200 characters',
  'url.why.camera': 'is not “longitude,latitude,zoom”',
  'url.why.lang': 'must be “en” or “ar”',
  'url.why.status': 'lists a status other than {statuses}',
  'url.ignored': '“{param}={value}” {why}; it was ignored.',
  'url.unknownParam': '“{param}” is not a setting of this atlas; it was ignored.',
  'url.stalePartnership': 'No partnership “{id}” in this dataset; nothing is selected.',
  'url.staleDomains': 'No domain {ids} in this dataset; ignored.',
  'url.staleActor': 'No actor “{id}” in this dataset; nothing is in focus.',
  'legend.title': 'Legend',
  'legend.state': 'State, at its capital',
  'legend.organization': 'Organization, at its headquarters',
  'legend.stateElsewhere': 'State, at its capital or where its details say',
  'legend.organizationElsewhere': 'Organization, at its headquarters or where its details say',
  'legend.place': 'Place named in an imported file',
  'legend.ribbon':
    'Partnerships between two parties: one strand per domain, wider with more domains',
  'legend.dashed': 'Dashed: talks held or intent expressed',
  'legend.solid': 'Solid: includes a signed agreement',
  'legend.dotted': 'Dotted: status not given in the imported file',
  'legend.widthBy': 'Width of a link',
  'legend.widthByDomains': 'number of domains',
  'legend.widthByValue': 'value ({name}), summed for the pair',
  'legend.domains': 'Domains (strand colours)',
  'legend.selected': 'Selected partnership',
  'legend.disputed': 'Disputed boundary',
  'legend.members': '{name} members ({count})',
  'legend.partners': '{name} partners ({count})',
  'map.capped':
    'Showing the {drawn} strongest of {shown} pairs in view. Zoom in or filter to see more.',
  'map.capLabel': 'Pairs drawn at most',
  'map.capOption': '{cap} strongest',
  'map.capAll': 'all',
  'map.resetView': 'Reset view',
  'map.attribution': 'Basemap: Natural Earth · Links: the sources listed in “About this map”',
  'map.basemapError': 'The basemap could not be loaded: {reason}',

  'deck.defaultTitle': 'Briefing: {title}',
  'deck.overviewNotes':
    '{partnerships} partnerships from {sources} source articles. Each line is backed by quoted passages.',
  'deck.overviewStrongest': {
    one: 'The scene after this one shows the strongest pair; add others with “Capture this view”.',
    other:
      'The scenes after this one show the {count} strongest pairs; add others with “Capture this view”.',
  },
  'deck.heading': 'Briefing',
  'deck.open': 'Briefing',
  'deck.openCount': {
    one: 'Briefing ({count} scene)',
    other: 'Briefing ({count} scenes)',
  },
  'deck.close': 'Close the briefing panel',
  'deck.title': 'Deck title',
  'deck.scenes': 'Scenes',
  'deck.empty': 'No scenes yet. Set up the map, then capture it as a scene.',
  'deck.capture': 'Capture this view',
  'deck.present': 'Present',
  'deck.presentFrom': 'Present from here',
  'deck.presenterView': 'Presenter view',
  'deck.undo': 'Undo',
  'deck.redo': 'Redo',
  'deck.files': 'Deck files',
  'deck.export': 'Export deck (JSON)',
  'deck.import': 'Import deck…',
  'deck.importFailed': {
    one: '“{file}” was not imported; your deck is unchanged. {count} problem:',
    other: '“{file}” was not imported; your deck is unchanged. {count} problems:',
  },
  'deck.imported': {
    one: 'Imported “{title}” ({count} scene). Undo brings the previous deck back.',
    other: 'Imported “{title}” ({count} scenes). Undo brings the previous deck back.',
  },
  'deck.builtIn': 'Start from',
  'deck.builtInDefault': 'An overview and one scene per partnership',
  'deck.builtInLoad': 'Replace the deck',
  'deck.replaced': 'Deck replaced by “{title}”. Undo brings the previous deck back.',
  'deck.storedUnreadable':
    'The deck saved in this browser could not be read (the problems are listed below). It is kept under “{key}”; the default deck is shown.',
  'deck.storedUnreadableKept':
    'The deck saved in this browser could not be read (the problems are listed below), and it could not be set aside either ({reason}). It stays under “{key}” and nothing is saved over it; the default deck is shown, and changes to it are not saved: export it to keep them.',
  'deck.storageFull': 'the browser’s storage for this site is full',
  'deck.elsewhere':
    'Another tab has saved a different deck for this dataset. Nothing is saved over it until you choose.',
  'deck.loadElsewhere': 'Load the other tab’s deck',
  'deck.keepMine': 'Keep this deck (it replaces the other)',
  'deck.otherTab': 'the deck saved by another tab',
  'deck.storedStale':
    'The saved deck refers to things this dataset lacks; it is kept as it was, and its scenes show what remains:',
  'deck.savedFile': 'the deck saved in this browser',
  'deck.noStorage': 'this browser offers no storage to this page',
  'deck.storageFailed':
    'The deck could not be saved in this browser: {reason}. Export it to keep it.',
  'deck.sceneLabel': 'Scene {number}: {title}',
  'deck.sceneTitle': 'Title',
  'deck.sceneNotes': 'Speaker notes',
  'deck.sceneShow': 'Show',
  'deck.feature': 'Feature in scene {number}',
  'deck.featured': 'Featured in scene {number}',
  'deck.sceneUpdate': 'Update from the map',
  'deck.sceneDelete': 'Delete',
  'deck.reorderHelp':
    'Drag a scene to move it, or focus its handle and press the up and down arrow keys.',
  'deck.dragHandle': 'Move scene {number}',
  'deck.moved': 'Scene moved to position {position} of {count}.',
  'deck.deleted': 'Scene “{title}” deleted. Undo brings it back.',
  'deck.captured': 'Scene {number} captured.',
  'deck.sceneSummarySelected': 'Shows {title}',
  'deck.sceneSummaryFocus': 'Focus on {actor}',
  'deck.sceneSummaryOverview': 'Overview',
  'deck.sceneSummaryFilters': 'filters set',
  'deck.notesEmpty': 'No speaker notes.',
  'present.progress': '{position} / {count}',
  'present.exit': 'Leave the presentation (Esc)',
  'present.previous': 'Previous scene',
  'present.next': 'Next scene',
  'present.help': '→ or Space: next · ←: previous · Home / End · Esc: leave',
  'present.label': 'Presentation',
  'present.windowed': 'Full screen is not available here; the presentation fills the window.',
  'present.sourcesGeneral': 'Sources: the articles listed in “About this map”.',
  'presenter.title': 'Presenter view',
  'presenter.current': 'Now',
  'presenter.next': 'Next',
  'presenter.end': 'End of the deck.',
  'presenter.notes': 'Speaker notes',
  'presenter.waiting':
    'Waiting for the atlas window. Start the presentation there; this window follows it.',
  'presenter.elapsed': 'Elapsed {time}',
  'export.heading': 'Export image',
  'export.png': 'PNG {scale}×',
  'export.pngLabel': 'Export the current view as a PNG at {scale}× ({width} × {height} px)',
  'export.working': 'Preparing the image…',
  'export.done': 'Image saved: {file}',
  'export.failed': 'The image could not be made: {reason}',
  'export.tooLarge':
    'this browser can draw at most {max} pixels across, short of the {width} asked for; try a smaller scale',
  'export.legendTitle': 'Legend',
  'export.sourcesCounted': {
    one: 'Sources: {count} article; the Partnership Atlas names it with each partnership and quotes the passages.',
    other:
      'Sources: {count} articles; the Partnership Atlas names them with each partnership and quotes the passages.',
  },
  'export.shown': {
    one: '{count} partnership shown',
    other: '{count} partnerships shown',
  },
  'export.attribution':
    'Made with Partnership Atlas. Basemap: Natural Earth (public domain). Translations of Arabic passages are ours.',
  'print.handout': 'Print handout',
  'print.preparing': 'Preparing scene {position} of {count} for print…',
  'print.page': 'Scene {position} of {count}',
  'emptyMap.matchAny': {
    one: 'Match any ticked domain ({count} partnership)',
    other: 'Match any ticked domain ({count} partnerships)',
  },
  'emptyMap.showAllDomains': {
    one: 'Show all domains ({count} partnership)',
    other: 'Show all domains ({count} partnerships)',
  },
  'emptyMap.showAllStatuses': {
    one: 'Show all statuses ({count} partnership)',
    other: 'Show all statuses ({count} partnerships)',
  },
  'emptyMap.clearDates': {
    one: 'Any date ({count} partnership)',
    other: 'Any date ({count} partnerships)',
  },
  'emptyMap.because': 'The map is empty: no partnership passes {causes}.',
  'emptyMap.together': 'The map is empty: no partnership passes these filters together.',
  'emptyMap.causeAll': 'the “all ticked domains” rule',
  'emptyMap.causeDomains': 'the domain filter',
  'emptyMap.causeStatuses': 'the status filter',
  'emptyMap.causeDates': 'the date range',
  'issue.raggedEdges':
    'starts or ends with a space or a list marker; quote from the first word to the last',
  'details.summaryImported':
    'Written by the import: where this partnership came from, not a summary of a source.',
  'details.summaryImportedHeading': 'Where it came from',
  'details.noSources': 'The imported file names no source for this partnership.',
  'dataExport.passagesCsv': 'CSV: every passage cited, with our translation and its source',
  'dataExport.actors': 'Actors (actors CSV and GeoJSON)',
  'dataExport.allActors': 'Also the members and framework partners of party organizations',
  'dataExport.actorsHelp':
    'By default only the parties are listed. Each actor’s role column says party, member or partner.',
  'details.placementNote': 'Where it is drawn: {note}',
  'details.placementNoteOf': '{actor}: {note}',
  'about.placementHeading': 'Where actors are drawn',
  'about.placement':
    'States are drawn at the capital that Natural Earth names, organizations at their headquarters; a state an imported file names without coordinates is drawn at the centre of its territory, and says so. Where a capital’s status is disputed, the state’s details say so, and the point implies no position.',
  'citation.partnership': 'Partnership: {name}',
  'citation.domain': 'Domain: {name}',
  'citation.source': 'Source',
  'citation.accessed': 'Accessed {date} in Partnership Atlas',
  'deck.titleOverview': 'Overview',
  'deck.titleOverviewOf': 'Overview: {domain}',
  'deck.titleFocusMembers': '{actor} and its members',
  'worker.failed.data': 'the data worker could not finish ({detail})',
  'worker.failed.import': 'the import worker could not finish ({detail})',
  'worker.stopped.data': 'the data worker stopped ({detail}); it starts afresh on the next request',
  'worker.stopped.import':
    'the import worker stopped ({detail}); it starts afresh on the next request',
  'data.loadFailed': 'The dataset could not be loaded: {reason}.',
  'deck.readFailed': '{file} could not be read: {reason}. The deck is unchanged.',
  'data.requestFailed': 'The data worker did not answer: {reason}. Try again.',
  'details.noTranslationYet': 'We have not translated this passage yet.',
  'details.summaryNotWritten':
    'No summary has been written for this partnership yet; the line above says where it came from.',
  'import.notRepositoryZip': 'This zip is not a dataset of ours: {why}.',
  'dataExport.repository': 'For the repository: atlas.json and the source texts (.zip)',
  'workbench.open': 'Add an article',
  'workbench.openLabel': 'Turn a news article into partnerships backed by its own words',
  'workbench.title': 'Add an article',
  'workbench.intro':
    'Paste an article or choose a text file. Every partnership you add quotes the article’s own words, checked character for character; suggestions stay suggestions until you accept them.',
  'workbench.workingCopy':
    'The dataset the atlas ships with never changes: the first article you add makes a working copy of it in this browser.',
  'workbench.paste': 'Article text',
  'workbench.choose': 'Or choose a text file',
  'workbench.propose': 'Propose partnerships',
  'workbench.reading': 'Reading the article…',
  'workbench.problem.empty': 'There is no text to read.',
  'workbench.problem.binary': 'This is not a text file: choose an article saved as plain text.',
  'workbench.problem.too-large': 'The article is larger than 5 MB, the most the workbench reads.',
  'workbench.noActor': 'No state or organization found: add the parties yourself.',
  'workbench.facts': 'About the article',
  'workbench.headline': 'Headline',
  'workbench.published': 'Published (YYYY-MM-DD)',
  'workbench.publisher': 'Publisher',
  'workbench.url': 'Address (URL)',
  'workbench.subject': 'Our one-line description (required)',
  'workbench.language': 'Language of the article',
  'workbench.fromFile': 'from the file',
  'workbench.unknownFact': 'unknown: leave empty if the article does not say',
  'workbench.found': 'Named in the article: {actors}',
  'workbench.proposals': 'Proposed partnerships',
  'workbench.noProposals':
    'No pair of actors is named together with a cue of cooperation in the article’s reported text.',
  'workbench.accept': 'Add {pair}',
  'workbench.status': 'Status',
  'workbench.suggested': 'Suggested from “{cue}”',
  'workbench.notSuggested': 'No status suggested: choose one.',
  'workbench.statusEvidence': 'Evidence for the status',
  'workbench.evidenceFor': 'Evidence for {domain}',
  'workbench.tickSuggested': 'Tick every suggested passage',
  'workbench.translation': 'Our translation (optional)',
  'workbench.summary': 'Summary (optional, ours)',
  'workbench.pairKnown': '{pair} is already in the review.',
  'workbench.summaryKeep': 'A new summary (optional, ours; left empty, the present one stays)',
  'workbench.editTitle': 'Edit the evidence',
  'workbench.editIntro':
    'The partnership’s citations of this source as they stand. Change the status or the domains, tick or untick passages, select others in the text, or correct our translations. Nothing changes before Save.',
  'workbench.editFailed': 'This source cannot be opened for editing.',
  'workbench.noStatus': 'Choose a status first.',
  'workbench.save': 'Save the changes',
  'workbench.saving': 'Saving…',
  'workbench.saved': 'Saved in “{name}”.',
  'workbench.editing': 'Evidence for {pair}',
  'details.edit': 'Edit',
  'details.editLabel':
    'Edit the evidence this source gives: status, domains, passages, translations',
  'workbench.noteCapital': '{actor} is named only through its capital.',
  'workbench.notePronoun': 'A party may be named as “{cue}” here: check who.',
  'workbench.noteDenied': 'The article also denies it: “{cue}”.',
  'workbench.existing': 'The atlas already has a partnership between these parties.',
  'workbench.addToExisting': 'Add this article as a further source of it',
  'workbench.addNew': 'Record a new partnership',
  'workbench.textHeading': 'The article',
  'workbench.role.commentary': 'Commentary: never evidence',
  'workbench.role.background': 'Background: never evidence',
  'workbench.role.heading': 'Heading',
  'workbench.role.residue': 'Page residue',
  'workbench.add': 'Add to dataset',
  'workbench.adding': 'Adding the article…',
  'workbench.close': 'Close',
  'workbench.back': 'Back to the text',
  'workbench.noneAccepted':
    'Accept at least one partnership and tick the evidence for at least one of its domains.',
  'workbench.noStatusEvidence': 'Tick the passage that shows the status of {pair}.',
  'workbench.noSubject': 'Write our one-line description of the article first.',
  'workbench.failed': 'The article was not added ({reason}); nothing was changed.',
  'workbench.issues': 'The article was not added; nothing was changed. Problems:',
  'workbench.added': {
    one: '{count} partnership added to “{name}”. Opening it…',
    other: '{count} partnerships added to “{name}”. Opening it…',
  },
  'workbench.lang.ar': 'Arabic',
  'workbench.lang.en': 'English',
  'workbench.selection': 'The words selected in the article',
  'workbench.selected': 'Selected:',
  'workbench.selectionPair': 'for the partnership',
  'workbench.selectionFor': 'as evidence for',
  'workbench.useSelection': 'Use as evidence',
  'workbench.selectedPassages': 'Passages selected in the text',
  'workbench.removeSelection': 'Remove',
  'workbench.manual': 'A partnership the proposals missed',
  'workbench.manualFirst': 'First party',
  'workbench.manualSecond': 'Second party',
  'workbench.manualAdd': 'Add this pair to review',
  'workbench.manualHelp':
    'Type a state or organization in English or Arabic; then select its evidence in the article.',
  'workbench.undo': 'Undo',
  'workbench.noSummary': 'Added from the article “{file}” in the workbench; no summary written.',
  'workbench.copyName': '{title} (working copy)',
  'workbench.refused.unknown-actor': 'the actor “{id}” is not in the gazetteer',
  'workbench.refused.unknown-domain': 'the domain “{id}” is not in the lexicon',
  'workbench.refused.no-evidence': 'no evidence is ticked for {id}',
  'workbench.refused.bad-passage': 'the passage at {id} is not text of the article',
  'workbench.refused.no-status-evidence':
    'no passage is ticked for the status of {id}; tick or select one',
  'workbench.refused.missing': 'the partnership “{id}” is no longer in the dataset',
  'workbench.refused.no-text': 'the source “{id}” has no text kept with the dataset',
  'workbench.noSourceText':
    'This source has no text kept with the dataset, so its passages cannot be edited here.',
} as const;

/** "1 partnership", "3 partnerships"; in Arabic "شراكة واحدة", "شراكتان", "3 شراكات", "11 شراكة". */

/** The interface languages. Map labels follow the one in use. */
export type Language = 'en' | 'ar';

export type MessageKey = keyof typeof en;

/**
 * The forms of a message whose words agree with a number (its `{count}`): one per plural category
 * that the language distinguishes (CLDR's, through `Intl.PluralRules`). English has `one` and
 * `other`; Arabic has all six: zero, one, two, few (3–10), many (11–99) and other (100, …).
 */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
/** A plural message in Arabic: every category written out. */
export type ArabicPlural = Required<Plural>;

type Table<P> = { [K in MessageKey]: (typeof en)[K] extends string ? string : P };
/** A language's table: a plural wherever the English table has one. */
export type Messages = Table<Plural>;
/** The Arabic table: the compiler asks for all six forms of each plural. */
export type ArabicMessages = Table<ArabicPlural>;

const TABLES: Partial<Record<Language, Messages>> = { en };
/** How each language other than English is fetched: a chunk of its own. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  ar: () => import('./messages-ar').then((module) => module.ar),
};
const loading = new Map<Language, Promise<void>>();

/** Whether a language's table is here, so that `translator` may speak it now. */
export function messagesLoaded(language: Language): boolean {
  return TABLES[language] !== undefined;
}

/** Fetches a language's table (once); resolves when `translator` may speak it. */
export function loadMessages(language: Language): Promise<void> {
  if (language === 'en' || messagesLoaded(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (messages) => {
        TABLES[language] = messages;
      },
      (error: unknown) => {
        // Tried again the next time it is asked for.
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** The BCP 47 locale of an interface language, for `Intl`. */
export function localeOf(language: Language): string {
  return language === 'ar' ? 'ar' : 'en';
}

/** One number format per language: making one costs more than using it a thousand times. */
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A number as the language writes it; years and ids of four digits are not grouped. */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { useGrouping: 'min2' });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * A message kept as its key and parameters, and put into words only when shown: what the store
 * keeps (a notice, a data problem, a line about the deck) then follows a later language switch.
 */
export interface Text {
  key: MessageKey;
  params?: Params;
}
/** A parameter is a value shown as it is, a number (formatted for the language) or a message. */
export type Params = Readonly<Record<string, string | number | Text>>;

/** A message to be put into words later (`say`). */
export function phrase(key: MessageKey, params?: Params): Text {
  return params ? { key, params } : { key };
}

/**
 * A date the sources give (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as the language writes it, e.g. "17 May 2024" or
 * "١٧ مايو ٢٠٢٤". The day is the source's own, whatever the reader's time zone. Anything else is
 * returned as it is.
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  if (Number.isNaN(date.getTime())) return iso;
  // As precisely as the date is known: "2024", "May 2024" or "17 May 2024".
  const style: Intl.DateTimeFormatOptions =
    month === undefined
      ? { year: 'numeric' }
      : day === undefined
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: 'long' };
  return new Intl.DateTimeFormat(localeOf(language), { ...style, timeZone: 'UTC' }).format(date);
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a plural message for a count, by the language's plural rules. */
export function pluralForm(plural: Plural, count: unknown, language: Language): string {
  if (typeof count !== 'number' || !Number.isFinite(count)) return plural.other;
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(language));
    pluralRules.set(language, rules);
  }
  return plural[rules.select(count)] ?? plural.other;
}

/**
 * Fills `{name}` placeholders; a missing parameter is left visible so that it is noticed. A plural
 * message takes the form its `count` parameter calls for.
 */
export function format(message: string | Plural, params: Params = {}, language: Language): string {
  const template =
    typeof message === 'string' ? message : pluralForm(message, params.count, language);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, language);
    return typeof value === 'string' ? value : translate(language, value.key, value.params);
  });
}

/** The text of a message in a given language, whose table must have been loaded. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const messages = TABLES[language];
  if (!messages) throw new Error(`The ${language} messages are not loaded.`);
  return format(messages[key], params, language);
}

/** Everything that puts text into one language's words (plain functions: safe to destructure). */
export interface Translator {
  readonly language: Language;
  /** A message with its placeholders filled. */
  t: (key: MessageKey, params?: Params) => string;
  /** A kept message (`phrase`). */
  say: (message: Text) => string;
  /** A text the dataset gives in both languages. */
  localized: (text: { en: string; ar: string }) => string;
  formatNumber: (value: number) => string;
  formatDate: (iso: string) => string;
  /** "1 partnership", "شراكتان". */
  partnershipCount: (count: number) => string;
}

const translators = new Map<Language, Translator>();

/** The translator of a language whose table is loaded (English always is); one per language. */
export function translator(language: Language): Translator {
  let made = translators.get(language);
  if (!made) {
    if (!messagesLoaded(language)) {
      throw new Error(`The ${language} messages are not loaded: await loadMessages first.`);
    }
    const t = (key: MessageKey, params?: Params) => translate(language, key, params);
    made = {
      language,
      t,
      say: (message) => t(message.key, message.params),
      localized: (text) => text[language],
      formatNumber: (value) => formatNumber(value, language),
      formatDate: (iso) => formatDate(iso, language),
      partnershipCount: (count) => t('domains.count', { count }),
    };
    translators.set(language, made);
  }
  return made;
}

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
import type { enPresent } from './messages-present';
import type { enShare } from './messages-share';
import type { enTime } from './messages-time';
import type { enTools } from './messages-tools';
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
  'domains.ticked': '{shown} of {total} ticked',

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
  'values.heading': 'Value ({name})',
  'values.range': 'From {first} to {last}.',
  'values.log': 'Bins on a log scale.',
  'values.histogram': 'How many partnerships have each value, in {bins} bins',
  'values.bin': '{from} to {to}: {number}',
  'values.from': 'At least',
  'values.to': 'At most',
  'values.unknown': {
    one: 'One partnership gives no value: it is left out while a range is set.',
    other: '{count} partnerships give no value: they are left out while a range is set.',
  },
  'dates.heading': 'Date',
  'dates.from': 'From',
  'dates.to': 'To',
  'dates.none': 'No partnership in this dataset has a date in its sources.',
  'dates.range':
    'Dated from {first} to {last}. A partnership shows when its date, or its time in force, meets the range.',
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
  'details.inForce': 'In force',
  'details.spanFrom': 'From',
  'details.spanOpen': 'No end given by the sources',
  'details.spanUntil': 'Until',
  'details.spanNoStart': 'No start given by the sources',
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
  'status.renewed': 'Agreement renewed',
  'status.suspended': 'Cooperation suspended',
  'status.ended': 'Ended',
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
  'issue.spanReversed': 'ends ({end}) before it starts ({start})',
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
  'issue.eventExcerpts': 'the event must cite at least one excerpt that reports it',
  'issue.statusNotLatest':
    'is “{status}”, but the latest event is “{latest}”: the status is the latest event',
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
  'share.open': 'Share',
  'embed.open': 'Open in Partnership Atlas',
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
  'url.why.number': 'is not a number',
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
    'Partnerships between two parties, wider with more domains: a strand per domain where each is wide enough to tell apart, else grey (the tooltip names the domains)',
  'legend.ribbonShort': 'Partnership: wider with more domains',
  'legend.party': 'The parties’ territories',
  'legend.inView': 'On this map',
  'legend.dashed': 'Dashed: no agreement in force (talks, intent, suspended or ended)',
  'legend.solid': 'Solid: includes an agreement signed or renewed',
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
  'deck.feature': 'Feature in scene {number}',
  'deck.featured': 'Featured in scene {number}',
  'deck.moved': 'Scene moved to position {position} of {count}.',
  'deck.deleted': 'Scene “{title}” deleted. Undo brings it back.',
  'deck.captured': 'Scene {number} captured.',
  'presenter.title': 'Presenter view',
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
  'data.requestFailed': 'The data worker did not answer: {reason}. Try again.',
  'data.checkingEvidence': {
    one: 'The map is drawn; checking {count} quoted passage against its source…',
    other: 'The map is drawn; checking {count} quoted passages against their sources…',
  },
  'details.noTranslationYet': 'We have not translated this passage yet.',
  'details.summaryNotWritten':
    'No summary has been written for this partnership yet; the line above says where it came from.',
  'workbench.open': 'Add an article',
  'workbench.openLabel': 'Turn a news article into partnerships backed by its own words',
  'details.edit': 'Edit',
  'details.editLabel':
    'Edit the evidence this source gives: status, domains, passages, translations',
} as const;

/** "1 partnership", "3 partnerships"; in Arabic "شراكة واحدة", "شراكتان", "3 شراكات", "11 شراكة". */

/** The interface languages. Map labels follow the one in use. */
export type Language = 'en' | 'ar';

/** The keys of the atlas's own table, and those of the import and workbench (`messages-tools.ts`). */
type BaseKey = keyof typeof en;
type ToolKey = keyof typeof enTools;
/** The time bar's (`messages-time.ts`), loaded with it: only datasets with dates show one. */
type TimeKey = keyof typeof enTime;
/** Sharing's (`messages-share.ts`), loaded with the share dialog and the atlas file's opening. */
type ShareKey = keyof typeof enShare;
/** The briefing's (`messages-present.ts`), loaded with its panel, the presentation and its window. */
type PresentKey = keyof typeof enPresent;
type ChunkKey = ToolKey | TimeKey | ShareKey | PresentKey;
export type MessageKey = BaseKey | ChunkKey;
type English = typeof en & typeof enTools & typeof enTime & typeof enShare & typeof enPresent;

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

type Table<K extends MessageKey, P> = { [Key in K]: English[Key] extends string ? string : P };
/** A language's table: a plural wherever the English table has one. */
export type Messages = Table<BaseKey, Plural>;
/** The Arabic table: the compiler asks for all six forms of each plural. */
export type ArabicMessages = Table<BaseKey, ArabicPlural>;
/** The import's and the workbench's messages, registered by their chunks and the import worker. */
export type ToolMessages = Table<ToolKey, Plural>;
export type ArabicToolMessages = Table<ToolKey, ArabicPlural>;
/** The time bar's messages, registered by its chunk. */
export type TimeMessages = Table<TimeKey, Plural>;
export type ArabicTimeMessages = Table<TimeKey, ArabicPlural>;
/** Sharing's messages, registered by its chunks. */
export type ShareMessages = Table<ShareKey, Plural>;
export type ArabicShareMessages = Table<ShareKey, ArabicPlural>;
/** Presenting's messages, registered by its chunks. */
export type PresentMessages = Table<PresentKey, Plural>;
export type ArabicPresentMessages = Table<PresentKey, ArabicPlural>;

const TABLES: Partial<Record<Language, Messages>> = { en };
const CHUNKS: Partial<Record<Language, Partial<Table<ChunkKey, Plural>>>> = {};

/**
 * Adds the messages of a chunk loaded on demand (the import's and the workbench's, the time
 * bar's) in a language: the chunk calls it when it loads, before any of its words is shown.
 */
export function registerToolMessages(
  language: Language,
  table: ToolMessages | TimeMessages | ShareMessages | PresentMessages,
): void {
  CHUNKS[language] = { ...CHUNKS[language], ...table };
}
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
  const precision = month === undefined ? 'year' : day === undefined ? 'month' : 'day';
  const key = `${language} ${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const style: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { dateStyle: 'long' };
    // Made once per language and precision: a formatter costs far more to make than to use.
    format = new Intl.DateTimeFormat(localeOf(language), { ...style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

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
  const message = key in messages ? messages[key as BaseKey] : CHUNKS[language]?.[key as ChunkKey];
  if (message === undefined) throw new Error(`The ${language} message “${key}” is not loaded.`);
  return format(message, params, language);
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

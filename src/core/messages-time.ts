/**
 * The English messages of the time bar, of a pair's history in the details and of the workbench's
 * dated events: loaded with them (their chunks register them through `time-messages.ts`), not with
 * the atlas's entry or its workers. Their keys are `MessageKey`s.
 */
export const enTime = {
  'time.animation': 'Export animation (WebM)',
  'time.animationSpeed': 'Speed of the animation',
  'time.animationHelp':
    'A video of the time bar played from the first year to the last, with the legend, the years and the sources',
  'time.animating': 'Recording step {position} of {count}…',
  'time.animationDone': 'Saved {file} ({size} MB, {steps} steps)',
  'time.animationCancel': 'Stop recording',
  'time.animationUnsupported':
    'This browser cannot record video: use a recent Chromium, Edge or Firefox',
  'time.history': 'History of this pair',
  'time.historyUndated': 'Not dated by the sources',
  'time.historyOther': 'In another partnership between them',
  'time.label': 'Partnerships in force over time',
  'time.unit.year': 'In force each year',
  'time.unit.month': 'In force each month',
  'time.play': 'Play',
  'time.pause': 'Pause',
  'time.speed': 'Speed',
  'time.window': 'Time window',
  'time.windowValue': '{from} to {to}',
  'time.windowAll': 'All dates',
  'time.showAll': 'All dates',
  'time.undated': 'Undated ({count})',
  'time.undatedHelp':
    'Partnerships whose sources give no date: shown beside any window while ticked',
  'time.bin': '{bin}: {count} in force or dated',
  'time.help':
    'Drag across the bars to choose a window, or its edges to widen it. Arrow keys move it, Shift with an arrow widens or narrows it, Space plays and pauses.',
  'time.statusDate': 'Date of the status',
  'time.datePlaceholder': 'e.g. 2024-03',
  'time.dateStated': 'The text states “{words}”: {date}.',
  'time.dateCounted': '“{words}”, counted from the article’s date ({from}): {date}.',
  'time.date.no-article-date': '“{words}”: give the article’s date above to count from it.',
  'time.date.vague': '“{words}” gives no date.',
  'time.date.too-wide':
    '“{words}” could fall in either of two years: write the date if the article says more.',
  'time.dateNone': 'The sentence gives no date.',
  'time.useDate': 'Use {date}',
  'time.events': 'Other events the article reports',
  'time.eventsHint':
    'Tick an event to add it to the partnership’s history, with its sentence as evidence. The status stays the latest event.',
  'time.keepEvent': 'Keep: {kind}',
  'time.eventDate': 'Date of this event',
  'time.eventNumber': 'event {n}',
  'time.eventUndated': 'undated',
  'time.badDate':
    '{pair}: “{value}” ({where}) is not a date. Write a year, a month or a day (2024, 2024-03 or 2024-03-09), or leave it empty.',
  'time.statusNotLatest':
    '{pair}: the status must be the latest event, but the kept event “{kind}” ({date}) may come after it. Give the status a later date, or change the status.',
} as const;

/**
 * The English messages of the time bar and of a pair's history in the details: loaded with them
 * (their chunks register them through `time-messages.ts`), not with the atlas's entry or its
 * workers. Their keys are `MessageKey`s.
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
} as const;

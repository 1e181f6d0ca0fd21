/**
 * The English messages of the time bar: loaded with it (its chunk registers them through
 * `time-messages.ts`), since only a dataset with dates shows one. Their keys are `MessageKey`s.
 */
export const enTime = {
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

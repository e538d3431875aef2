// setupFiles of the browser suites: the suite's clock starts at the moment the run's seeded template was made
// (seeded-template.cjs), then runs at real speed — in this test file, and (through GRASSROOTS_CLOCK_OFFSET_MS) in
// the app and the page the suite starts.
'use strict';
const { seededTemplate } = require('./seeded-template.cjs');

const { now } = seededTemplate();
process.env.GRASSROOTS_RUN_CLOCK_OFFSET_MS ??= process.env.GRASSROOTS_CLOCK_OFFSET_MS ?? '0';
process.env.GRASSROOTS_CLOCK_OFFSET_MS = String(now - Date.now());
require('./fake-clock.cjs');

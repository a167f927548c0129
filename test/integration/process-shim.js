// The web worker extension host has no `process`; mocha and assert expect one.
export const process = require('process/browser');

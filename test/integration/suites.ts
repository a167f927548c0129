// Every integration suite, registered in the same order in both hosts. Loaded lazily: a suite calls
// describe() when it loads, which only works once the host's entry has set mocha up.
/* eslint-disable @typescript-eslint/no-require-imports */
export function registerSuites(): void {
  require('./suite/activation.test');
  require('./suite/annotate.test');
  require('./suite/integrity.test');
  require('./suite/tree.test');
  require('./suite/canonical.test');
  require('./suite/export.test');
  require('./suite/suggest.test');
}

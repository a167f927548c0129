// Test entry for the web worker extension host: mocha's browser build, bundled into one file with the suites.
import 'mocha/mocha';
import { registerSuites } from './suites';

declare const mocha: {
  setup(options: Mocha.MochaOptions): void;
  run(onDone: (failures: number) => void): void;
};

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // The default html reporter needs a DOM; the worker has none.
    mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
    registerSuites();
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}

// Test entry for the Node extension host (code-server, desktop VS Code): mocha's Node API.
import Mocha from 'mocha';
import { registerSuites } from './suites';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000 });
  // The suites are bundled into this file: give them mocha's globals, then let them register.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  registerSuites();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
}

/**
 * Entry point the extension host loads (extensionTestsPath): runs the mocha suites bundled with it.
 * The workbench forwards the output to the harness and reports the exit code.
 */
import Mocha from 'mocha';
import './report.test';
import './checks.test';
import './writing.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // The bundle registers the suites above on this instance's root suite.
    const mocha = globalMocha();
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}

function globalMocha(): Mocha {
  return (globalThis as { __fazhiMocha?: Mocha }).__fazhiMocha!;
}

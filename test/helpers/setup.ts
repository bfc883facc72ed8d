/**
 * Mocha root setup. Property tests explore new random cases on every local run; CI uses a fixed
 * seed so that its verdict is reproducible (FC_SEED picks one explicitly, e.g. to replay a failure).
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI ? 20261124 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });

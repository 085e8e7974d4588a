import { benchResults } from './results.bench';
import { benchScoring } from './scoring.bench';
import { benchSetup } from './setup.bench';

// `npm run bench`: prints figures and ratios. Speed goals live here, not in the test suite.
console.log(`Juri benchmarks — node ${process.version}, ${new Date().toISOString()}`);
await benchSetup();
await benchScoring();
await benchResults();

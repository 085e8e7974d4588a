import { benchResults } from './results.bench';
import { benchScoring } from './scoring.bench';
import { benchSetup } from './setup.bench';
import { benchMerge } from './merge.bench';
import { benchDocuments } from './documents.bench';
import { benchCertificates } from './certificates.bench';

// `npm run bench`: prints figures and ratios. Speed goals live here, not in the test suite.
console.log(`Juri benchmarks — node ${process.version}, ${new Date().toISOString()}`);
await benchSetup();
await benchScoring();
await benchResults();
await benchMerge();
await benchDocuments();
await benchCertificates();

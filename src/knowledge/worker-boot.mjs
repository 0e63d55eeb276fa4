// Worker threads do not inherit tsx's TypeScript loader on Node 20, so each worker starts here:
// register tsx, then load the TypeScript entry named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);

// A drawing thread's entry: threads do not inherit the tsx loader, so it is registered here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

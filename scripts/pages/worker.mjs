// A drawing process's entry (see draw-pages.ts): it starts without the parent's tsx loader
// (and without its flags), so it registers tsx here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

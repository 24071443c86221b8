// The one piece of jsdom's API the index builder uses (jsdom ships no types; @types/jsdom would
// be a dependency for three lines).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}

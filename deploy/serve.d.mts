// Types of serve.mjs (plain JS, so that `npm start` and the browser specs run it without a build).
export interface ServerOptions {
  root?: string;
  apiDir?: string | null;
  port?: number;
  base?: string;
  host?: string;
  log?: boolean;
}
export function startServer(options?: ServerOptions): Promise<{
  url: string;
  origin: string;
  port: number;
  close: () => Promise<void>;
}>;

// Types of base-path.mjs (plain JS, so that deploy/serve.mjs runs it without a build).
export function normaliseBase(base: string | undefined): string;

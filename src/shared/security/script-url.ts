/** The Trusted Types policy for the app's own script files, by name (allowed by the CSP). */
export const SCRIPT_URL_POLICY = 'portal-script-url';

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
let policy: ScriptUrlPolicy | undefined;

/** Only a file of this site, under the app's base path: nothing else may become a script. */
function ownFile(url: string): string {
  const resolved = new URL(url, location.href);
  if (
    resolved.origin !== location.origin ||
    !resolved.pathname.startsWith(import.meta.env.BASE_URL)
  ) {
    throw new TypeError(`${SCRIPT_URL_POLICY}: ${url} is not one of this site's files`);
  }
  return resolved.href;
}

/**
 * A script URL for `new Worker()` and `serviceWorker.register()`, which refuse plain strings
 * under Trusted Types (contract §7): a TrustedScriptURL from this named policy, which accepts
 * only this site's own files. Without Trusted Types, the checked URL as a string. One policy per
 * page (a name can be created once): this module is shared by the chunks that need it.
 */
export function scriptUrl(url: string): string {
  const factory = (window as { trustedTypes?: { createPolicy(n: string, r: object): unknown } })
    .trustedTypes;
  if (!factory) return ownFile(url);
  policy ??= factory.createPolicy(SCRIPT_URL_POLICY, {
    createScriptURL: ownFile,
  }) as ScriptUrlPolicy;
  // Typed as a string: TypeScript's DOM types do not know TrustedScriptURL, the browser does.
  return policy.createScriptURL(url) as string;
}

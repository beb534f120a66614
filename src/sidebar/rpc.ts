/**
 * A typed promise wrapper around google.script.run: the client and the server share the
 * ServerApi interface, so a wrong name or argument is a compile error.
 */
import type { ServerApi } from '../addon/server-api';

type Handler = (value: unknown) => void;

/** google.script.run: the two handler setters, and one method per server function (looked up by name). */
export interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  readonly [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export type ServerName = keyof ServerApi;

export function call<K extends ServerName>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') throw new Error(`google.script.run has no function ${name}`);
    fn.apply(runner, args);
  });
}

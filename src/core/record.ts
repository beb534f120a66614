/** Typed helpers for records keyed by a registry's keys. */

/**
 * The own keys of a registry object, typed. Object.keys returns string[] because an
 * object may have more keys than its type says; registries here are literals we own.
 */
export function keysOf<T extends object>(record: T): (keyof T & string)[] {
  return Object.keys(record) as (keyof T & string)[];
}

function isComplete<T>(partial: Partial<T>, keys: readonly (keyof T)[]): partial is T {
  return keys.every((key) => key in partial);
}

/** A record with one value per key, each computed with its own precise type. */
export function recordOf<T>(keys: readonly (keyof T)[], value: <K extends keyof T>(key: K) => T[K]): T {
  const out: Partial<T> = {};
  const set = <K extends keyof T>(key: K): void => {
    out[key] = value(key);
  };
  for (const key of keys) set(key);
  if (!isComplete(out, keys)) throw new Error('recordOf: a key was not set');
  return out;
}

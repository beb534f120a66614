/** Command-line arguments of `phan-loai`, validated; a bad one is a UsageError (exit 2). */
import { parseArgs } from 'node:util';
import { parseDate, type CalendarDate } from '../core/normalize';
import { findProfile, PROFILES, profileName, type Profile } from '../core/profiles';
import type { SettingOverrides } from '../core/run';
import { CLI } from '../core/text';

export class UsageError extends Error {}

export type Command =
  /** `profile`: --profile, which also picks the bundled sample; undefined = the sample's own. */
  | { kind: 'demo'; out: string; profile: Profile | undefined }
  | { kind: 'classify'; file: string; out: string; json: boolean; overrides: SettingOverrides };

function wholeNumber(flag: string, value: string | undefined, min: number, max: number, hint: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(CLI.badFlag(flag, value, hint));
  return n;
}

function isoDate(value: string | undefined): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : undefined;
  if (!date) throw new UsageError(CLI.badFlag('--meeting-date', value, CLI.flagHint.date));
  return date;
}

/** --profile: an id or a display name, matched like a header (as «Bộ quy tắc» is). */
function profileFlag(value: string | undefined): Profile | undefined {
  if (value === undefined) return undefined;
  const profile = findProfile(value);
  if (!profile) {
    const known = PROFILES.map((p) => CLI.profileChoice(p.id, profileName(p))).join(', ');
    throw new UsageError(CLI.badFlag('--profile', value, CLI.flagHint.profile(known)));
  }
  return profile;
}

function readArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        'quota-percent': { type: 'string' },
        'voting-base': { type: 'string' },
        'separate-htxs-ballot': { type: 'boolean' },
        'no-cumulative': { type: 'boolean' },
        'meeting-date': { type: 'string' },
        profile: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(CLI.badArgs(error instanceof Error ? error.message : String(error)));
  }
}

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = readArgs(argv);
  const [command, file, ...rest] = positionals;
  const out = values.out ?? 'out';
  const profile = profileFlag(values.profile);
  if (command === 'demo') {
    if (file !== undefined) throw new UsageError(CLI.badArgs(file));
    return { kind: 'demo', out, profile };
  }
  if (command !== 'classify') throw new UsageError(command ? CLI.unknownCommand(command) : CLI.usage);
  if (!file) throw new UsageError(CLI.missingFile);
  if (rest.length > 0) throw new UsageError(CLI.badArgs(rest.join(' ')));
  const overrides: { -readonly [K in keyof SettingOverrides]: SettingOverrides[K] } = {};
  const percent = wholeNumber('--quota-percent', values['quota-percent'], 0, 100, CLI.flagHint.percent);
  if (percent !== undefined) overrides.quotaPercent = percent;
  const base = wholeNumber('--voting-base', values['voting-base'], 1, 1_000_000, CLI.flagHint.base);
  if (base !== undefined) overrides.votingBase = base;
  if (values['separate-htxs-ballot']) overrides.separateHtxsBallot = true;
  if (values['no-cumulative']) overrides.cumulative = false;
  const meetingDate = isoDate(values['meeting-date']);
  if (meetingDate) overrides.meetingDate = meetingDate;
  if (profile) overrides.profile = profile;
  return { kind: 'classify', file, out, json: Boolean(values.json), overrides };
}

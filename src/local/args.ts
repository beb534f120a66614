/** Command-line arguments of `phan-loai`, validated; a bad one is a UsageError (exit 2). */
import { parseArgs } from 'node:util';
import { parseDate, type CalendarDate } from '../core/normalize';
import { findProfile, PROFILES, profileName, type Profile } from '../core/profiles';
import type { SettingOverrides } from '../core/run';
import { CLI } from '../core/text/cli';
import { CONSOLIDATE_CLI } from '../core/text/consolidation-cli';
import type { ConsolidationOptions, QuotaScope } from '../core/consolidate';
import type { DangUyHeader } from '../layout/consolidation-report';

export class UsageError extends Error {}

/** The largest --voting-base accepted (the hint states it). */
const MAX_VOTING_BASE = 1_000_000;

export type Command =
  | { kind: 'help' }
  /** `overrides.profile`: --profile, which also picks the bundled sample; undefined = the sample's own. */
  | { kind: 'demo'; out: string; json: boolean; overrides: SettingOverrides }
  | { kind: 'classify'; file: string; out: string; json: boolean; overrides: SettingOverrides }
  /** The đảng ủy's consolidation of its chi bộ files (every .xlsx of a folder). */
  | { kind: 'consolidate'; inputs: string[]; out: string; json: boolean; flags: ConsolidateFlags }
  /** The same on the bundled đảng bộ. */
  | { kind: 'demoDangBo'; out: string; json: boolean; flags: ConsolidateFlags };

function wholeNumber(flag: string, value: string | undefined, min: number, max: number, hint: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new UsageError(CLI.badFlag(flag, value, hint));
  return n;
}

function isoDate(value: string | undefined, flag = '--meeting-date'): CalendarDate | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : undefined;
  if (!date) throw new UsageError(CLI.badFlag(flag, value, CLI.flagHint.date));
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

/** The options and their kinds; CLASSIFY_ONLY and CONSOLIDATE_ONLY are refused by the other commands. */
const OPTIONS = {
  out: { type: 'string' },
  json: { type: 'boolean' },
  'quota-percent': { type: 'string' },
  'voting-base': { type: 'string' },
  'separate-htxs-ballot': { type: 'boolean' },
  'no-cumulative': { type: 'boolean' },
  'meeting-date': { type: 'string' },
  profile: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'quota-scope': { type: 'string' },
  outstanding: { type: 'boolean' },
  'small-group-one': { type: 'boolean' },
  'party-committee': { type: 'string' },
  'upper-body': { type: 'string' },
  'document-number': { type: 'string' },
  place: { type: 'string' },
  'report-date': { type: 'string' },
  signer: { type: 'string' },
  'signer-title': { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Options of one chi bộ's run: meaningless across a đảng bộ. */
const CLASSIFY_ONLY: readonly OptionName[] = ['voting-base', 'separate-htxs-ballot', 'no-cumulative', 'meeting-date'];

/** Options of the đảng ủy's consolidation. */
const CONSOLIDATE_ONLY: readonly OptionName[] = [
  'quota-scope',
  'outstanding',
  'small-group-one',
  'party-committee',
  'upper-body',
  'document-number',
  'place',
  'report-date',
  'signer',
  'signer-title',
];

/** Refuses an option the command does not take. */
function refuseOptions(args: Args, command: string, names: readonly OptionName[]): void {
  for (const name of names)
    if (args.strings.has(name) || args.flags.has(name)) throw new UsageError(CONSOLIDATE_CLI.optionNotFor(`--${name}`, command));
}

function isOptionName(name: string): name is OptionName {
  return Object.keys(OPTIONS).includes(name);
}

interface Args {
  readonly strings: ReadonlyMap<OptionName, string>;
  readonly flags: ReadonlySet<OptionName>;
  readonly positionals: readonly string[];
}

/**
 * Node's parser in its lenient mode gives every token; the checks its strict mode would make
 * (unknown option, missing value, a value for a flag) are made here, in Vietnamese.
 */
function readArgs(argv: readonly string[]): Args {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const strings = new Map<OptionName, string>();
  const flags = new Set<OptionName>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    if (!isOptionName(name)) throw new UsageError(CLI.unknownOption(rawName));
    const option = `--${name}`;
    if (OPTIONS[name].type === 'boolean') {
      if (value !== undefined) throw new UsageError(CLI.noValueExpected(option, value));
      flags.add(name);
      continue;
    }
    // As in strict mode: `--out --json` or `--out -x` is a forgotten value, not a value.
    if (value === undefined || (!inlineValue && value.startsWith('-'))) throw new UsageError(CLI.missingValue(option));
    strings.set(name, value);
  }
  return { strings, flags, positionals };
}

function overridesFrom(args: Args, profile: Profile | undefined): SettingOverrides {
  const overrides: { -readonly [K in keyof SettingOverrides]: SettingOverrides[K] } = {};
  const percent = wholeNumber('--quota-percent', args.strings.get('quota-percent'), 0, 100, CLI.flagHint.percent);
  if (percent !== undefined) overrides.quotaPercent = percent;
  const base = wholeNumber('--voting-base', args.strings.get('voting-base'), 1, MAX_VOTING_BASE, CLI.flagHint.base);
  if (base !== undefined) overrides.votingBase = base;
  if (args.flags.has('separate-htxs-ballot')) overrides.separateHtxsBallot = true;
  if (args.flags.has('no-cumulative')) overrides.cumulative = false;
  const meetingDate = isoDate(args.strings.get('meeting-date'));
  if (meetingDate) overrides.meetingDate = meetingDate;
  if (profile) overrides.profile = profile;
  return overrides;
}

/** What `consolidate` and `demo-dang-bo` take: the quota's options and the report's header. */
export interface ConsolidateFlags {
  readonly options: ConsolidationOptions;
  /** What the flags give of the header; the rest comes from the chi bộ files. */
  readonly header: Partial<DangUyHeader>;
}

const SCOPES: Readonly<Record<string, QuotaScope>> = { 'dang-bo': 'dangBo', 'chi-bo': 'chiBo' };

function consolidateFlags(args: Args): ConsolidateFlags {
  const options: { -readonly [K in keyof ConsolidationOptions]: ConsolidationOptions[K] } = {};
  const profile = profileFlag(args.strings.get('profile'));
  if (profile) options.profile = profile;
  const scope = args.strings.get('quota-scope');
  if (scope !== undefined) {
    const known = SCOPES[scope.trim().toLowerCase()];
    if (!known) throw new UsageError(CLI.badFlag('--quota-scope', scope, CONSOLIDATE_CLI.scopeHint));
    options.scope = known;
  }
  const percent = wholeNumber('--quota-percent', args.strings.get('quota-percent'), 0, 100, CLI.flagHint.percent);
  if (percent !== undefined) options.quotaPercent = percent;
  if (args.flags.has('outstanding')) options.outstanding = true;
  if (args.flags.has('small-group-one')) options.smallGroupOne = true;
  const header: { -readonly [K in keyof DangUyHeader]?: DangUyHeader[K] } = {};
  const text = (name: OptionName) => args.strings.get(name)?.trim();
  const committee = text('party-committee');
  if (committee) header.partyCommittee = committee;
  const upper = text('upper-body');
  if (upper) header.upperBody = upper;
  const number = text('document-number');
  if (number) header.documentNumber = number;
  const place = text('place');
  if (place) header.place = place;
  const date = isoDate(args.strings.get('report-date'), '--report-date');
  if (date) header.date = date;
  const signer = text('signer');
  if (signer) header.signerName = signer;
  const title = text('signer-title');
  if (title) header.signerTitle = title;
  return { options, header };
}

export function parseCommand(argv: readonly string[]): Command {
  const args = readArgs(argv);
  const [command, file, ...rest] = args.positionals;
  // `phan-loai --help`, `-h`, `help`, and --help after a command too.
  if (args.flags.has('help') || command === 'help') return { kind: 'help' };
  const out = args.strings.get('out') ?? 'out';
  const json = args.flags.has('json');
  if (command === 'consolidate' || command === 'demo-dang-bo') {
    refuseOptions(args, command, CLASSIFY_ONLY);
    const flags = consolidateFlags(args);
    const inputs = args.positionals.slice(1);
    if (command === 'demo-dang-bo') {
      if (inputs[0] !== undefined) throw new UsageError(CLI.unexpectedArgument(inputs[0]));
      return { kind: 'demoDangBo', out, json, flags };
    }
    if (inputs.length === 0) throw new UsageError(CONSOLIDATE_CLI.missingChiBoFiles);
    return { kind: 'consolidate', inputs, out, json, flags };
  }
  if (command !== 'demo' && command !== 'classify') {
    throw new UsageError(command === undefined ? CLI.usage : CLI.unknownCommand(command));
  }
  refuseOptions(args, command, CONSOLIDATE_ONLY);
  const overrides = overridesFrom(args, profileFlag(args.strings.get('profile')));
  if (command === 'demo') {
    if (file !== undefined) throw new UsageError(CLI.unexpectedArgument(file));
    return { kind: 'demo', out, json, overrides };
  }
  if (!file) throw new UsageError(CLI.missingFile);
  if (rest[0] !== undefined) throw new UsageError(CLI.unexpectedArgument(rest[0]));
  return { kind: 'classify', file, out, json, overrides };
}

/**
 * Text for a terminal. Cells and file names can hold control characters: an escape sequence
 * printed raw can clear the screen, move the cursor over earlier lines or set the window
 * title, so a roster could fake what the summary says. Everything the CLI prints in text mode
 * goes through `terminalText`; JSON goes through `terminalJson`.
 */

/** ESC sequences (7-bit) and their 8-bit C1 forms, as ECMA-48 defines them. */
const SEQUENCES = new RegExp(
  [
    // CSI: ESC [ or U+009B, parameter bytes, intermediate bytes, one final byte.
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    // OSC, DCS, SOS, PM, APC: a string up to the string terminator (ST or BEL), or to the end.
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    // Any other escape: ESC, intermediate bytes, one final byte (ESC c resets the terminal).
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
  'g',
);

/**
 * C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional overrides and
 * isolates, which reorder what is shown without changing the text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text without escape sequences and control characters (tab and line feed stay). */
export function terminalText(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * JSON for stdout. JSON.stringify escapes C0 but leaves DEL, C1 and the bidirectional
 * controls raw; they are escaped here too, so the text parses to the same value and no
 * control character reaches the terminal.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

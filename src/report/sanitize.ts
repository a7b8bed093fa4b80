/**
 * Text that reaches a terminal, a CI log or a pull-request comment comes from files we do not control: a
 * file name or a policy can hold terminal escapes (ESC[2J, OSC 8 links, BEL, backspace) or a line break
 * followed by a GitHub workflow command (`::add-mask::`, `::error::`), which Actions reads from stdout and
 * stderr alike. Every path and every piece of policy text printed goes through one of these helpers.
 */

/** C0 controls other than tab, DEL, and C1 controls (U+0080–U+009F, which include the 8-bit CSI and OSC). */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/gu;
/** The same, and tab too: for one-line text, where a tab would break alignment. */
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_TAB = /[\u0000-\u001f\u007f-\u009f]/gu;

/** Control characters other than tab and line ends, for text whose line ends are escaped elsewhere. */
// eslint-disable-next-line no-control-regex
const ESCAPES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

/** Removes the control characters that drive a terminal but keeps tab, LF and CR (for GitHub's own %0A escapes). */
export function stripEscapes(text: string): string {
  return text.replace(ESCAPES, '');
}

/** Removes control characters (tab stays): for multi-line text such as a policy quote. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** Policy or rule text on one terminal line: white space folded to single spaces, control characters removed. */
export function terminalText(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(CONTROLS_AND_TAB, '').trim();
}

/**
 * A path (or a whole message that contains paths) on one line, with every control character shown as an
 * escape (`\n`, `\x1b`), so that the name stays recognisable and cannot start a new line or drive the terminal.
 */
export function displayPath(path: string): string {
  return path.replace(CONTROLS_AND_TAB, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    }
  });
}

/** A message line for standard error: like displayPath, because messages name files. */
export const displayMessage = displayPath;

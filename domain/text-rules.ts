/**
 * What text Lianban takes. PostgreSQL cannot store NUL or a lone UTF-16 surrogate in text or
 * JSON; the API refuses those, every other control character but tab and newline, and the
 * characters that change the order text is shown in, at the door, and the read-model write
 * refuses what PostgreSQL cannot store in case anything else (an old case, a direct Temporal
 * client) brings it.
 */

// Lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = /\u0000/;
// C0 controls except tab (09) and newline (0A), DEL, and the C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Unicode's explicit directional formatting characters (embeddings and overrides U+202A–202E,
// isolates U+2066–2069) and its directional marks (U+200E, U+200F, U+061C). They make text
// show in another order than it is stored ("Trojan Source"): a name, an address or a house
// number that reads one way to a reviewer and is another on the licence. The marks too, though
// they reorder less: one is an invisible letter of its direction, so RLM before "12 34" shows
// it as "34 12". Chinese, Latin and Arabic-script (Uyghur) text all show right without them,
// by the Unicode bidirectional algorithm alone; a mark pasted in with a name is named in the
// refusal, to be taken out.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

export type TextProblem = 'NUL' | 'LONE_SURROGATE' | 'CONTROL_CHARACTER' | 'BIDI_CONTROL' | 'TOO_DEEP';

/** Deeper than any form of the catalogue nests; deeper input is refused rather than walked. */
export const MAX_NESTING = 32;

const PROBLEM_TEXT: Record<TextProblem, string> = {
  NUL: 'contains a NUL character (U+0000), which cannot be stored',
  LONE_SURROGATE: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode',
  CONTROL_CHARACTER: 'contains a control character; only tab and newline are allowed',
  BIDI_CONTROL:
    'contains a character that changes the direction text is shown in (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C)',
  TOO_DEEP: `nests deeper than ${MAX_NESTING} levels`,
};

export interface TextFault {
  /** Where in the value: `formData.shareholders[0].name`; a key itself is named with `(key)`. */
  path: string;
  problem: TextProblem;
  /** What is wrong, without the path. */
  message: string;
}

function problemOf(text: string, strict: boolean): TextProblem | undefined {
  if (NUL.test(text)) return 'NUL';
  if (LONE_SURROGATE.test(text)) return 'LONE_SURROGATE';
  if (strict && CONTROL.test(text)) return 'CONTROL_CHARACTER';
  if (strict && BIDI_CONTROL.test(text)) return 'BIDI_CONTROL';
  return undefined;
}

function find(value: unknown, path: string, strict: boolean, depth: number): TextFault | undefined {
  const fault = (at: string, problem: TextProblem): TextFault => ({
    path: at,
    problem,
    message: PROBLEM_TEXT[problem],
  });
  if (typeof value === 'string') {
    const problem = problemOf(value, strict);
    return problem ? fault(path, problem) : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_NESTING) return fault(path, 'TOO_DEEP');
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [`[${index}]`, item])
    : Object.entries(value).map(([key, item]) => [`.${key}`, item]);
  for (const [step, item] of entries) {
    const at = path ? `${path}${step}` : step.replace(/^\./, '');
    if (!Array.isArray(value)) {
      const keyProblem = problemOf(step.slice(1), strict);
      if (keyProblem) return fault(`${at} (key)`, keyProblem);
    }
    const inner = find(item, at, strict, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** The first text in `value` (at any depth, keys included) that the API does not accept. */
export function refusedText(value: unknown, path = ''): TextFault | undefined {
  return find(value, path, true, 0);
}

// Nothing a reader would see: whitespace (the ideographic space U+3000 and the no-break space
// included) and the characters Unicode says to show as nothing (zero-width space, word joiner,
// soft hyphen, Hangul filler, …). String.prototype.trim knows only the first.
const BLANK = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]+$/u;

/**
 * Text that is there but shows nothing: a name of spaces is no name. Empty text is not blank;
 * whether a field may be empty is its schema's to say.
 */
export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/** The first text in `value` that PostgreSQL cannot store. */
export function unstorableText(value: unknown, path = ''): TextFault | undefined {
  return find(value, path, false, 0);
}

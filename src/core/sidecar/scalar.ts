// YAML text for single values, written the same way every time so that saves make small, stable diffs.

const RESERVED_PLAIN = /^(?:true|false|yes|no|on|off|y|n|null|~|\.nan|\.inf|-\.inf|\+\.inf)$/i;
// Plain (unquoted) only for text that starts with a letter and holds nothing YAML could read otherwise.
const SAFE_PLAIN_BLOCK = /^[\p{L}][^\n\r\t\0#:"'`{}[\]|>&*!%@\\\u0085\u2028\u2029\uFEFF]*$/u;
const FLOW_INDICATORS = /[,[\]{}]/;

/** A string as a YAML scalar: plain when safe, else double-quoted with escapes (one line, always). */
export function yamlString(value: string, inFlow = false): string {
  const plain =
    value !== '' &&
    SAFE_PLAIN_BLOCK.test(value) &&
    !/\s$/.test(value) &&
    !RESERVED_PLAIN.test(value) &&
    !(inFlow && FLOW_INDICATORS.test(value)) &&
    !hasNonPrintable(value);
  return plain ? value : doubleQuoted(value);
}

function hasNonPrintable(value: string): boolean {
  // C0/C1 controls, lone surrogates: YAML wants them escaped.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
}

function doubleQuoted(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff;
      if (pair) {
        out += ch + value[i + 1]!;
        i++;
      } else out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out + '"';
}

/** Any JSON-like value as YAML text on one line (strings as above, objects and arrays in flow style). */
export function yamlValue(value: unknown, inFlow = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return yamlString(value, inFlow);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => yamlValue(v, true)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${yamlString(k, true)}: ${yamlValue(v, true)}`).join(', ')}}`;
  }
  return yamlString(String(value), inFlow);
}

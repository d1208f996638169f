/**
 * Hostile values for every attribute: `javascript:` in every disguise, other
 * schemes, markup and quotes, very long values, Unicode direction overrides
 * and odd numbers. Each is written as it would appear in a page's HTML source
 * (so `&#106;` is decoded by the HTML parser, as on a real page).
 */

const JS = 'javascript:alert(1)';
const SCRIPT = 'javascript';

/** Every way to spell "javascript" with mixed case that we try. */
const cases = ['JAVASCRIPT', 'JavaScript', 'jAvAsCrIpT', 'JaVaScRiPt', 'javaSCRIPT', 'Javascript'];

/** Characters the URL parser strips or the HTML parser keeps, before or inside a scheme. */
const controls = [
  '\t',
  '\n',
  '\r',
  '\f',
  '\v',
  ' ',
  '\u0001',
  '\u0002',
  '\u0008',
  '\u000b',
  '\u000e',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ufeff',
  '\u200b',
];

function entities(text: string, style: 'dec' | 'hex' | 'padded'): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (style === 'dec') return `&#${code};`;
      if (style === 'hex') return `&#x${code.toString(16)};`;
      return `&#${String(code).padStart(7, '0')}`;
    })
    .join('');
}

export const URL_PAYLOADS: string[] = [
  JS,
  'javascript:alert(document.domain)',
  'javascript://%0Aalert(1)',
  'javascript://comment%0aalert(1)',
  "javascript:alert('x')",
  'javascript:void(0)',
  'javascript:',
  ...cases.map((c) => `${c}:alert(1)`),
  ...controls.map((ch) => `${ch}${JS}`),
  ...controls.slice(0, 6).map((ch) => `${SCRIPT.slice(0, 4)}${ch}${SCRIPT.slice(4)}:alert(1)`),
  ...['\t', '\n', '\r'].flatMap((ch) =>
    [1, 2, 3, 5, 7, 9].map((at) => `${SCRIPT.slice(0, at)}${ch}${SCRIPT.slice(at)}:alert(1)`),
  ),
  `${SCRIPT}\t:alert(1)`,
  `${SCRIPT}:\nalert(1)`,
  entities(JS, 'dec'),
  entities(JS, 'hex'),
  entities(JS, 'padded'),
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#X6a;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  'jav&#x0D;ascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  'jav&NewLine;ascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3a;alert(1)',
  '&#0;javascript:alert(1)',
  'javascript%3Aalert(1)',
  '%6Aavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  ' data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:,alert(1)',
  'dat&#x61;:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'VBScript:MsgBox(1)',
  'livescript:alert(1)',
  'mocha:alert(1)',
  'file:///etc/passwd',
  'ftp://example.org/join',
  'blob:https://example.org/5d2a4b3c',
  'filesystem:https://example.org/temporary/x',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.org',
  'intent://example.org#Intent;end',
  'mailto:someone@example.org',
  'tel:8552505111',
  'sms:8552505111',
  'ws://example.org/socket',
  'wss://example.org/socket',
  'jar:https://example.org/a.jar!/',
  'https:javascript:alert(1)',
  'http://javascript:alert(1)',
  'https://',
  'http://',
  'https://[::1',
  'https://exa mple.org',
  '//',
  '\\\\evil.example\\share',
];

export const MARKUP_PAYLOADS: string[] = [
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<style>*{display:none}</style>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<!--<script>alert(1)//-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '"onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '" autofocus onfocus=alert(1) x="',
  '`${alert(1)}`',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '{{7*7}}',
  '<%= alert(1) %>',
  '\\"; alert(1); //',
  "'; alert(1); //",
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&amp;lt;b&amp;gt;',
  '<b>bold</b>',
  '<bdo dir="rtl">x</bdo>',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  '',
  ' ',
  '\t\n',
];

export const UNICODE_PAYLOADS: string[] = [
  '\u202Eevil\u202C',
  '\u202Dforced ltr\u202C',
  '\u2066isolated\u2069',
  '\u2067rtl isolate',
  '\u2068first strong',
  '\u200Fright-to-left mark',
  '\u200Eleft-to-right mark',
  'MyIgSource\u202E',
  '\u202Ehttps://example.org/',
  'https://example.org/\u202Egnp.exe',
  '855\u202E-250-5111',
  'ثلاثة',
  '中文名称',
  '🙂🙂🙂',
  'e\u0301\u0301\u0301\u0301',
  'Z\u0351\u0362\u0366\u036b',
  '\uFFFD',
  '\uFEFFbom',
  'zero\u200Bwidth',
  '\u0000nul',
];

export const NUMBER_PAYLOADS: string[] = [
  '0',
  '-1',
  '7',
  '9',
  '99',
  '2.5',
  '1e1',
  '3e0',
  '0x3',
  '+3',
  ' 3 ',
  '3.0',
  '３',
  '٣',
  '1_000',
  '2n',
  '-0',
  '1/2',
  '6 ',
  '01',
];

export const PHONE_PAYLOADS: string[] = [
  '855-CALL-NOW',
  '+1 (855) 250-5111 ext. 2',
  '855;ext=1',
  '855,250',
  '#31#',
  '*67 855',
  'tel:8552505111',
  '+',
  '++1 855',
  '12',
  '1234567890123456',
  '(855)',
  '855 250 5111\u202E',
  '855\u00a0250\u00a05111',
  '٨٥٥٢٥٠٥١١١',
];

export const LONG_PAYLOADS: string[] = [
  'a'.repeat(10_000),
  `https://example.org/${'a'.repeat(100_000)}`,
  `${JS}${'a'.repeat(50_000)}`,
  '1'.repeat(5_000),
  '<b>'.repeat(2_000),
  '\u202E'.repeat(1_000),
];

/** Every hostile value, each once. */
export const PAYLOADS: string[] = [
  ...new Set([
    ...URL_PAYLOADS,
    ...MARKUP_PAYLOADS,
    ...UNICODE_PAYLOADS,
    ...NUMBER_PAYLOADS,
    ...PHONE_PAYLOADS,
    ...LONG_PAYLOADS,
  ]),
];

/** Writes a value into a double-quoted HTML attribute, leaving entities for the parser to decode. */
export function inAttribute(value: string): string {
  return value.replace(/"/g, '&quot;');
}

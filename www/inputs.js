// What comes in from outside the page — files, drops and pastes — turned into articles
// ({name, text}). It translates and does not judge the text: the core does that. Decoding
// picks the file's own encoding; HTML files are reduced to the text a reader sees, parsed
// by an inert DOMParser document, so nothing in them runs or loads.

/** Larger inputs would stall the page or exhaust the worker's memory; the CLI has no limit. */
export const MAX_CHARS = 40_000_000;

export const megabytes = (chars) => `${(chars / 1e6).toFixed(chars < 1e7 ? 1 : 0)} MB`;

const HTML_NAME = /\.(html?|xhtml)$/i;

/** What can be opened: text, Markdown and HTML, by name or by type. */
const TEXT_NAME = /\.(txt|text|md|markdown|html?|xhtml)$/i;
const TEXT_TYPE = /^text\/|^application\/xhtml/;

/** Reads one file as an article, or throws an Error a reader can act on. */
export async function readFile(file) {
  const extension = file.name.match(/\.[^.]*$/)?.[0] ?? '';
  if (!TEXT_NAME.test(file.name) && !TEXT_TYPE.test(file.type) && extension) {
    throw new Error(`${file.name} is not a text file (Verbatim opens .txt, .md and .html)`);
  }
  if (file.size === 0) throw new Error(`${file.name} is empty`);
  if (file.size > MAX_CHARS * 2) {
    throw new Error(`${file.name} is ${megabytes(file.size)}, more than this page can analyse (${megabytes(MAX_CHARS)}); the command-line tool has no limit`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = decode(bytes, file.name);
  if (HTML_NAME.test(file.name) || /^\s*<(!doctype html|html)[\s>]/i.test(text.slice(0, 512))) text = htmlToText(text);
  return { name: file.name, text };
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252; NUL bytes mean binary. */
function decode(bytes, name) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${name} looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older Western pages and Word exports are Windows-1252, which decodes any byte.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Elements whose text a reader never sees as part of the page's prose. */
const UNSEEN = 'script, style, noscript, template, iframe, object, embed, svg, canvas, head, select, button, input, textarea';
/** Elements that start a paragraph of their own. */
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE',
  'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR',
  'PRE', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'CAPTION']);

/**
 * The text of an HTML page as a reader sees it: one paragraph per block, separated by blank
 * lines, whitespace collapsed as a browser would (kept inside <pre>), <br> a line break.
 */
export function htmlToText(html) {
  // Style sheets and style attributes are dropped before parsing: they are never text, and
  // even an inert document asks the page's Content-Security-Policy about them (and logs).
  const unstyled = html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '').replace(/(<[^>]*?)\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '$1');
  const doc = new DOMParser().parseFromString(unstyled, 'text/html');
  for (const el of doc.querySelectorAll(UNSEEN)) el.remove();
  const paragraphs = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node, pre) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += pre ? child.data.replaceAll('\n', '\u2028') : child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') line += '\u2028';
        else if (child.tagName === 'IMG' && child.alt) line += ` ${child.alt} `;
        const block = BLOCK.has(child.tagName);
        if (block) flush();
        walk(child, pre || child.tagName === 'PRE');
        if (block) flush();
      }
    }
  };
  walk(doc.body ?? doc.documentElement, false);
  flush();
  // Line breaks were kept apart from collapsible spaces as U+2028; now they are newlines.
  return paragraphs.map((p) => p.replace(/ ?\u2028 ?/g, '\n')).join('\n\n');
}

/** A line of three or more hyphens, alone: where one pasted article ends and the next begins. */
const SEPARATOR = /\r?\n[ \t]*-{3,}[ \t]*(?:\r?\n|$)/;

/**
 * The articles in one paste: split at lines of `---`, empty parts dropped. One part means
 * the paste is a single article (a Markdown rule inside an article splits it only when text
 * follows on both sides, which is what a reader pasting several articles does).
 */
export function splitArticles(text) {
  // Most pastes have no separator at all: a plain search says so without copying 40 MB.
  if (!text.includes('---')) return [text];
  const parts = ('\n' + text).split(SEPARATOR).map((p) => p.replace(/^(\s*\n)+/, '').trimEnd());
  const kept = parts.filter((p) => p !== '');
  return kept.length > 1 ? kept : [text];
}

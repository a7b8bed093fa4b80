/**
 * E-mail addresses in a block: written out, obfuscated ("naam [at] bedrijf.nl", "naam(at)bedrijf(dot)nl",
 * "naam at bedrijf dot nl", "naam@bedrijf[.]nl", "naam&#64;bedrijf.nl"), in a mailto: link, or encoded by a CDN
 * (Cloudflare's e-mail protection). Every reader of addresses (controller, DPO, representative) goes through here,
 * so each finds the same addresses in the same normalised form ("naam@bedrijf.nl").
 */
import type { Block } from '../document/index.js';
import { wordPattern, hits, test, once } from '../lexicon/compile.js';
import { runBefore } from './window.js';
import { EMAIL_FORMAT, EXAMPLE_DOMAINS, SECOND_LEVEL_DOMAINS } from '../lexicon/controller.js';
import { caselessRegExp } from '../lexicon/caseless.js';

export interface EmailSpot {
  block: Block;
  /** Range in `block.text`. */
  start: number;
  end: number;
  text: string;
  /** The address in plain form (obfuscation undone, domain in lower case). */
  address: string;
}

/** A place where the text says an e-mail address is given but the address itself is hidden ("[email protected]"). */
export interface HiddenEmailSpot {
  block: Block;
  start: number;
  end: number;
  text: string;
}

const ENDS_IN_TLD = /\.\p{L}{2,}$/u;

/** The second-level label of a domain ("www.cloudaware.eu" -> "cloudaware"). */
export function domainLabel(domain: string): string {
  const parts = domain.toLowerCase().replace(/^https?:\/\//u, '').replace(/[/?#].*$/u, '').split('.').filter(Boolean);
  if (parts.length >= 3 && SECOND_LEVEL_DOMAINS.includes(parts[parts.length - 2])) return parts[parts.length - 3];
  return parts.length >= 2 ? parts[parts.length - 2] : (parts[0] ?? '');
}

let compiled: ReturnType<typeof compile> | undefined;

function compile() {
  const { local, domain, at, dot, atEntities, dotEntities, spelledAt, spelledDot, notLocal, hidden, encodedLink, antiSpamMarkers } = EMAIL_FORMAT;
  const open = '[\\[({<]\\s*';
  const close = '\\s*[\\])}>]';
  const label = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
  const anyAt = `(?:@|\\s*${open}(?:${at.join('|')})${close}\\s*|${atEntities.join('|')})`;
  const anyDot = `(?:\\.|\\s*${open}(?:${dot.join('|')})${close}\\s*|${dotEntities.join('|')})`;
  // A bracketed dot in the name part too, when the "@" is bracketed as well: "enrico [dot] troeger [at] uvena.de".
  const bracketedDot = `\\s*${open}(?:${dot.join('|')})${close}\\s*`;
  const bracketedAt = `\\s*${open}(?:${at.join('|')})${close}\\s*`;
  // The local part may be spelled with dots too: "frederik punkt netterdon at gmail punkt com".
  const spelled = `(?<![\\p{L}\\p{N}._%+~'@-])(?!(?:${notLocal.join('|')})\\s)${local}(?:\\s+(?:${spelledDot.join('|')})\\s+${label})*\\s+(?:${spelledAt.join('|')})\\s+${label}(?:\\s+(?:${spelledDot.join('|')})\\s+${label})*\\s+(?:${spelledDot.join('|')})\\s+\\p{Ll}{2,3}(?![\\p{L}\\p{N}])`;
  return {
    email: wordPattern([
      `${local}@${domain}`,
      `${local}(?:${bracketedDot}${label})+${bracketedAt}${label}(?:${anyDot}${label})+`,
      `${local}${anyAt}${label}(?:${anyDot}${label})+`,
      spelled,
    ]),
    /** An anti-harvesting marker at the end of the name part ("team.nospam@…"), with its separator. */
    antiSpam: caselessRegExp(`[._-](?:${antiSpamMarkers.join('|')})(?=@)`, 'iu'),
    /** What every written e-mail address has: an @ (or its reference), a bracketed or a spelled-out "at". */
    hint: caselessRegExp(`@|&#0*64;|&#x0*40;|&commat;|${open}(?:${at.join('|')})|\\s(?:${spelledAt.join('|')})\\s`, 'iu'),
    at: caselessRegExp(`\\s*${open}(?:${at.join('|')})${close}\\s*|${atEntities.join('|')}|\\s+(?:${spelledAt.join('|')})\\s+`, 'iu'),
    dot: caselessRegExp(`\\s*${open}(?:${dot.join('|')})${close}\\s*|${dotEntities.join('|')}|\\s+(?:${spelledDot.join('|')})\\s+`, 'giu'),
    hidden: wordPattern(hidden),
    encodedLink: new RegExp(encodedLink, 'u'),
  };
}

function patterns(): ReturnType<typeof compile> {
  return (compiled ??= compile());
}

/** True when `pos` lies inside a URL written in the text (an address in a link is no e-mail address). */
function insideUrl(text: string, pos: number): boolean {
  const chunk = runBefore(text, pos);
  return chunk.includes('://') || /^www\./iu.test(chunk);
}

/**
 * An address as written, obfuscation undone: "security [at] activist (dot) org" -> "security@activist.org".
 * Null when what is left is no address (no top-level domain) or an example ("naam@voorbeeld.nl").
 */
export function normaliseEmail(written: string): string | null {
  const re = patterns();
  re.dot.lastIndex = 0;
  const s = written.replace(re.at, '@').replace(re.dot, '.').replace(/\s+/gu, '').replace(/[\u2010\u2011]/gu, '-').replace(re.antiSpam, '');
  const at = s.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = s.slice(at + 1).toLowerCase().replace(/\.+$/u, '');
  if (!ENDS_IN_TLD.test(domain) || domain.includes('@')) return null;
  if (EXAMPLE_DOMAINS.includes(domainLabel(domain))) return null;
  return `${s.slice(0, at)}@${domain}`;
}

/** Cloudflare's e-mail protection: the first byte is a key XOR-ed with every following byte. */
export function decodeProtectedEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/iu.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[^\s@]+@[^\s@]+$/u.test(out) ? out : null;
}

/** The address a link points to: a mailto: target or a CDN-encoded one. */
function linkAddress(url: string): string | null {
  const encoded = patterns().encodedLink.exec(url);
  if (encoded) {
    const decoded = decodeProtectedEmail(encoded[1]);
    return decoded ? normaliseEmail(decoded) : null;
  }
  if (!/^mailto:/iu.test(url)) return null;
  // "mailto://name@example.org" is a common slip: the slashes belong to no address.
  let raw = url.slice(7).replace(/^\/+/u, '').replace(/[?#].*$/u, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    /* keep as written */
  }
  return normaliseEmail(raw);
}

const TEXT_EMAILS = new WeakMap<Block, readonly EmailSpot[]>();
const EMAILS = new WeakMap<Block, readonly EmailSpot[]>();
const HIDDEN = new WeakMap<Block, readonly HiddenEmailSpot[]>();

/** A capitalised mail label run into a lower-case local part: "E-mailhello@", "Emailinfo@", "Mailcontact@". */
const GLUED_LABEL = once(() => new RegExp(`^(?:${EMAIL_FORMAT.gluedLabels.join('|')})(?=\\p{Ll})(?=[^@]{2,}@)`, 'u'));

/** E-mail addresses written in a block's text, written out or obfuscated (not those only in a link target). */
export function textEmails(block: Block): readonly EmailSpot[] {
  let found = TEXT_EMAILS.get(block);
  if (!found) {
    const out: EmailSpot[] = [];
    const re = patterns();
    if (re.hint.test(block.text)) {
      for (const h of hits(re.email, block.text)) {
        if (insideUrl(block.text, h.start)) continue;
        // A label glued to the address by the page's markup ("<span>E-mail</span>hello@…" reads "E-mailhello@…").
        const glued = GLUED_LABEL().exec(h.text);
        const start = glued ? h.start + glued[0].length : h.start;
        const raw = block.text.slice(start, h.end);
        const address = normaliseEmail(raw);
        if (address) out.push({ block, start, end: h.end, text: raw, address });
      }
    }
    found = out;
    TEXT_EMAILS.set(block, found);
  }
  return found;
}

/** Every e-mail address in a block: written out, obfuscated, or only in a link (mailto:, CDN-encoded). */
export function findEmails(block: Block): readonly EmailSpot[] {
  let found = EMAILS.get(block);
  if (!found) {
    const out: EmailSpot[] = [...textEmails(block)];
    for (const link of block.links) {
      const address = linkAddress(link.url);
      if (!address || out.some((e) => e.address.toLowerCase() === address.toLowerCase() && e.start < link.end && e.end > link.start)) continue;
      out.push({ block, start: link.start, end: link.end, text: block.text.slice(link.start, link.end), address });
    }
    found = out.sort((a, b) => a.start - b.start);
    EMAILS.set(block, found);
  }
  return found;
}

/**
 * Placeholders of addresses hidden from the text ("[email protected]" where a CDN removed the address and the
 * code to restore it is gone). The policy does give an e-mail address there; only its value is lost.
 */
export function hiddenEmails(block: Block): readonly HiddenEmailSpot[] {
  let found = HIDDEN.get(block);
  if (!found) {
    const re = patterns().hidden;
    const decoded = findEmails(block);
    found = test(re, block.text)
      ? hits(re, block.text)
          .filter((h) => !decoded.some((e) => e.start < h.end && e.end > h.start))
          .map((h) => ({ block, start: h.start, end: h.end, text: h.text }))
      : [];
    HIDDEN.set(block, found);
  }
  return found;
}

// An e-mail address typed into search ("security@keras.io"): where the policy writes it, the
// index finds it; where it does not (a guess, or another project's address), the reader is
// asking whom to write to, and it is searched as the glossary's security contact
// (src/lib/search/stand-ins.ts).
import { queryTokens } from './words';

/** Something@somewhere.tld. */
const addressPattern = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/**
 * The e-mail addresses a reader typed, as typed (without the punctuation around them), by each
 * word the query searches for them: "security@keras.io" is the one word "securitykerasio", and
 * "security-team@x.org" the two "security" and "teamxorg".
 */
export function typedAddresses(text: string): Map<string, string> {
  const typed = new Map<string, string>();
  for (const word of text.split(/\s+/)) {
    const address = word.replace(/^[<("'“]+|[>)"'”.,;:!?]+$/gu, '');
    if (addressPattern.test(address)) for (const token of queryTokens(address)) typed.set(token, address);
  }
  return typed;
}

/** The glossary term that an address the policy lacks is searched as. */
export const addressTerm = 'security contact';

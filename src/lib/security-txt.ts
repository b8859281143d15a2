/** What `/.well-known/security.txt` says (RFC 9116). */
export interface SecurityTxtInput {
  /** Where to report: URIs (https:, mailto:, tel:), most preferred first. */
  contacts: readonly string[];
  /** The policy's URL. */
  policy: string;
  /** The file's own URL. */
  canonical: string;
  languages: readonly string[];
  /** When the file was built. */
  builtAt: Date;
  /** Days from the build until it expires: 1 to 364. */
  expiresAfterDays: number;
}

const day = 24 * 60 * 60 * 1000;

/** The build time: `SOURCE_DATE_EPOCH` (seconds) when set, so builds of a commit are identical. */
export function buildTime(env: Record<string, string | undefined>, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now;
  if (!/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/** The file, one `Field: value` per line. Throws on values RFC 9116 does not allow. */
export function securityTxt(input: SecurityTxtInput): string {
  if (input.contacts.length === 0) throw new Error('security.txt needs at least one Contact');
  if (
    !Number.isInteger(input.expiresAfterDays) ||
    input.expiresAfterDays < 1 ||
    input.expiresAfterDays > 364
  ) {
    throw new Error(
      `securityTxt.expiresAfterDays must be 1 to 364 (RFC 9116: less than a year), not ${input.expiresAfterDays}`,
    );
  }
  const expires = new Date(input.builtAt.getTime() + input.expiresAfterDays * day);
  return [
    ...input.contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expires.toISOString()}`,
    `Preferred-Languages: ${input.languages.join(', ')}`,
    `Canonical: ${input.canonical}`,
    `Policy: ${input.policy}`,
    '',
  ].join('\n');
}

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

/** The latest instant a JavaScript date can hold, in seconds since 1970 (year 275760). */
const latestEpoch = 8_640_000_000_000;

/** The build time: `SOURCE_DATE_EPOCH` (seconds) when set, so builds of a commit are identical. */
export function buildTime(env: Record<string, string | undefined>, now = new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return now;
  if (!/^\d+$/.test(epoch) || Number(epoch) > latestEpoch)
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. $(date +%s)), not "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/** When a security.txt built at `builtAt` expires. */
export const expiresAt = (builtAt: Date, expiresAfterDays: number) =>
  new Date(builtAt.getTime() + expiresAfterDays * day);

/**
 * What is wrong with a security.txt that expires at `expires`, seen at `now`: already expired,
 * expiring within `minDays`, or more than a year away (RFC 9116 asks for less). Undefined when
 * nothing is.
 */
export function expiryProblem(expires: Date, now: Date, minDays = 0): string | undefined {
  const left = (expires.getTime() - now.getTime()) / day;
  const date = Number.isNaN(expires.getTime()) ? 'an invalid date' : expires.toISOString();
  if (Number.isNaN(left)) return `security.txt has no valid Expires date`;
  if (left <= 0) return `security.txt expired on ${date}, before now (${now.toISOString()})`;
  if (left < minDays)
    return `security.txt expires on ${date}, in ${Math.floor(left)} days: less than the ${minDays} required`;
  if (left > 365) return `security.txt expires on ${date}, more than a year from now (${now.toISOString()})`;
  return undefined;
}

/**
 * What is wrong with building now under `env`'s SOURCE_DATE_EPOCH: a value that is not a time,
 * or one that would publish a security.txt already expired or more than a year away. Undefined
 * when nothing is.
 */
export function buildDateProblem(
  env: Record<string, string | undefined>,
  expiresAfterDays: number,
  now = new Date(),
): string | undefined {
  let builtAt: Date;
  try {
    builtAt = buildTime(env, now);
  } catch (error) {
    return (error as Error).message;
  }
  return expiryProblem(expiresAt(builtAt, expiresAfterDays), now);
}

/** What to do about a build date problem. */
export const buildDateHint =
  'Build with SOURCE_DATE_EPOCH unset, or set to a recent time: `SOURCE_DATE_EPOCH="$(npx node scripts/publish-epoch.ts)"`.';

/** The `Expires` date a security.txt states, or an invalid date when it states none. */
export function statedExpiry(text: string): Date {
  const value = /^Expires:\s*(.+)$/im.exec(text)?.[1]?.trim();
  return new Date(value ?? Number.NaN);
}

/**
 * The `SOURCE_DATE_EPOCH` to publish a commit with: the later of the commit's time and the first
 * day of the current month (UTC). Every build of a commit within a month is byte-identical, and
 * a monthly rebuild moves security.txt's Expires on even when nobody commits.
 */
export function publishEpoch(commitSeconds: number, now: Date): number {
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
  return Math.max(commitSeconds, monthStart);
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
  const expires = expiresAt(input.builtAt, input.expiresAfterDays);
  return [
    ...input.contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expires.toISOString()}`,
    `Preferred-Languages: ${input.languages.join(', ')}`,
    `Canonical: ${input.canonical}`,
    `Policy: ${input.policy}`,
    '',
  ].join('\n');
}

// What the import takes and gives: `importSecurityMd` (index.ts) is pure, `scripts/import.ts`
// reads its input from the files and the network and writes its result.
import type { ReportingChannel } from '../../config';
import type { AnchorLock } from '../anchors/lock';
import type { ImportChanges } from './changes';
import type { ImportNote } from './html';
import type { LostLine } from './lost-lines';
import type { LeftOut } from './outline';
import type { DroppedComment } from './site-comments';

/** A content file, by its path inside the content folder (`policy/data-privacy.mdx`, `intro.mdx`). */
export type ContentFiles = Map<string, string>;

export interface ImportInput {
  /** The SECURITY.md text. */
  source: string;
  /** How messages name the source (its path or URL). */
  sourceName: string;
  /** Where the file sits in its repository (`SECURITY.md`, `.github/SECURITY.md`): relative links resolve from there. */
  sourcePath: string;
  /** The repository's web address, for relative links. */
  repositoryUrl: string;
  /** The site's address with its base (`https://example.org/keras/`): links to it become site links. */
  siteUrl: string;
  /** The content folder as it is now, by path inside it. */
  existing: ContentFiles;
  /** The policy title used when the file has no `#` title. */
  defaultTitle: string;
  /** The configured channels, which `<ReportingChannels />` shows: compared as text. */
  channels: readonly ReportingChannel[];
  /** The content folder's name for messages (`content`). */
  contentName: string;
  /** The ids of the content's advisories, which links into the site may name (`/advisories/<id>/`). */
  advisories?: readonly string[] | undefined;
  /** Every address the site has published (anchors.lock.json), to find those the import would break. */
  lock?: AnchorLock | undefined;
  /** The site's origin and base, for the addresses. */
  site: string;
  base: string;
}

export interface ImportResult {
  /** The content folder as the import writes it (policy sections and intro). */
  files: ContentFiles;
  /** Files of the content folder the import removes. */
  removed: string[];
  /** Problems that stop the import, with lines of the source. */
  errors: ImportNote[];
  /** What the import changed on the way, with lines of the source. */
  notes: ImportNote[];
  /** Lines of the source the site does not show on purpose. */
  leftOut: LeftOut[];
  /** Text of the source found nowhere in the result: the import refuses to write then. */
  lost: LostLine[];
  changes: ImportChanges;
  /** Each published address the new content would break, with the frontmatter line that keeps it. */
  broken: string[];
  /** MDX comments only the site had that the new content has no place for. */
  droppedComments: (DroppedComment & { file: string })[];
  title: string;
}

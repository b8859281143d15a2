// One section of a SECURITY.md as its content file: the footnotes it cites brought along, the
// body converted to MDX, put in its file and parsed as the content check parses it.
import type { Definition, FootnoteDefinition, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ReportingChannel } from '../../config';
import { parseContentFile } from '../content-check/parse';
import type { FileParser } from './file-parser';
import type { ImportNote } from './html';
import { mdxTextOf } from './mdx-text';
import { convertBody, normaliseLabel, withoutHtml } from './to-mdx';
import type { ImportResult } from './types';

/** Each written file's parse, by its text: the content check reads these rather than parse again. */
export type ParsedFiles = Map<string, ReturnType<typeof parseContentFile>>;

export interface ConvertContext {
  /** Link definitions of the whole file, by normalised label. */
  definitions: ReadonlyMap<string, Definition>;
  /** Footnotes not yet placed: the first section to cite one takes it. */
  footnotes: Map<string, FootnoteDefinition>;
  resolveUrl: (url: string, image: boolean) => string;
  /** Whether the site shows an image from that (resolved) address (src/lib/image-sources.ts). */
  showsImage: (url: string) => boolean;
  channels: readonly ReportingChannel[];
  /** Parses each written file, here or on other threads (src/lib/import/file-parser.ts). */
  parser: FileParser;
  parsedFiles: ParsedFiles;
  errors: ImportNote[];
  notes: ImportNote[];
  droppedComments: ImportResult['droppedComments'];
}

/** A file's body in its file: frontmatter and the site's comments around it. */
export type Wrap = (mdx: string) => {
  file: string;
  source: string;
  dropped: ImportResult['droppedComments'];
};

/** A section converted and its file handed to the parser; `finish` reads the parse, in the file's order. */
export type Finish = () => { source: string; blocks: string[] };

/**
 * Converts sections one after another, in the file's order (footnotes go to the first section
 * that cites them), each file's parse started as it is written. Each `finish`, called in the
 * same order, gives the file's text and what a reader sees of it, block by block.
 */
export function sectionConverter(context: ConvertContext) {
  const { definitions, footnotes, resolveUrl, showsImage, notes, parser } = context;
  return (nodes: RootContent[], depth: number, line: number, wrap: Wrap): Finish => {
    const cited = new Set<string>();
    visit({ type: 'root', children: nodes } as Root, 'footnoteReference', (node) => {
      cited.add(normaliseLabel(node.identifier));
    });
    const withNotes = [...nodes];
    for (const id of cited) {
      const definition = footnotes.get(id);
      if (definition) {
        withNotes.push(definition);
        footnotes.delete(id);
      }
    }
    let result = convertBody(withNotes, { sectionDepth: depth, definitions, resolveUrl, showsImage });
    let wrapped = wrap(result.mdx);
    parser.submit(wrapped.file, wrapped.source);
    return () => {
      let parsed = parser.take();
      if (parsed.issues.length > 0) {
        // HTML that MDX cannot read as written: keep its words, drop its tags.
        result = convertBody(withoutHtml(withNotes), {
          sectionDepth: depth,
          definitions,
          resolveUrl,
          showsImage,
        });
        wrapped = wrap(result.mdx);
        parsed = parseContentFile(wrapped.file, wrapped.source);
        notes.push({
          line,
          message: 'this section’s HTML could not be shown as written: its text is kept, its tags left out',
        });
      }
      context.parsedFiles.set(wrapped.source, parsed);
      context.errors.push(...result.errors);
      notes.push(...result.notes);
      context.droppedComments.push(...wrapped.dropped);
      const blocks = parsed.parsed ? mdxTextOf(parsed.parsed.tree, context.channels) : [result.mdx];
      return { source: wrapped.source, blocks };
    };
  };
}

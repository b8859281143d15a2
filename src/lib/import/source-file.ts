// The SECURITY.md to import read from a path: a regular file, read with a cap, as UTF-8 text.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { SourceError } from './source-error';
import {
  decodeSource,
  emptyMessage,
  frontMatterMessage,
  htmlPageMessage,
  isHtmlDocument,
  tooLarge,
} from './source-text';

/** The file at `path` as text, or a SourceError that says why not and what to do. */
export function readFileSource(path: string, maxBytes: number): string {
  let fd: number;
  try {
    // Non-blocking: opening a named pipe to read would otherwise wait for a writer, forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new SourceError(fileFailure(path, error as NodeJS.ErrnoException));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory())
      throw new SourceError(
        `${path}: a folder, not a file; name the SECURITY.md inside it (such as ${path.replace(/\/$/, '')}/SECURITY.md)`,
      );
    if (!stat.isFile())
      throw new SourceError(
        `${path}: not a regular file (a device, pipe or socket); save the policy as a file and name that`,
      );
    if (stat.size > maxBytes) throw new SourceError(tooLarge(path, maxBytes));
    // Read with the cap, not the size stat gave: a file can grow while it is read.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (
      let n;
      length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;
    )
      length += n;
    if (length > maxBytes) throw new SourceError(tooLarge(path, maxBytes));
    const decoded = decodeSource(buffer.subarray(0, length), path);
    if ('error' in decoded) throw new SourceError(decoded.error);
    if (isHtmlDocument(decoded.text)) throw new SourceError(htmlPageMessage(path));
    const refused = emptyMessage(path, decoded.text) ?? frontMatterMessage(path, decoded.text);
    if (refused) throw new SourceError(refused);
    return decoded.text;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(fileFailure(path, error as NodeJS.ErrnoException));
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be opened or read, by its error code. */
export function fileFailure(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: cannot be read (permission denied); make it readable (chmod u+r ${path}) or copy it somewhere you can read`;
    case 'EISDIR':
      return `${path}: a folder, not a file; name the SECURITY.md inside it`;
    case 'ENOTDIR':
      return `${path}: no such file (a part of the path is a file, not a folder)`;
    default:
      return `${path}: cannot be read (${error.code ?? error.message}); check the path`;
  }
}

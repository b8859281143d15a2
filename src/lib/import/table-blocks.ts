import type { Table } from 'mdast';
import { plainText } from './lost-lines';

/**
 * A table as the blocks a re-import compares: its header row, then each cell of the other rows
 * named by its row (the row's first cell) and its column (the header's cell), so a changed cell
 * reads `4.0.x, Supported: No` → `4.0.x, Supported: Yes`, not one glued string of the whole table.
 */
export function tableBlocks(table: Table): string[] {
  const [header, ...rows] = table.children.map((row) =>
    row.children.map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()),
  );
  if (!header) return [];
  const blocks = [header.join(' | ')];
  for (const row of rows) {
    const name = row[0] ?? '';
    row.forEach((cell, i) => {
      if (i === 0) blocks.push(name);
      else blocks.push(`${name}, ${header[i] ?? `column ${i + 1}`}: ${cell}`);
    });
  }
  return blocks;
}

import { slug } from 'github-slugger';

/** The id GitHub gives a heading with this text, so links written against SECURITY.md work here. */
export function headingId(text: string): string {
  return slug(text);
}

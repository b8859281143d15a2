/**
 * An error a user fixes from its message alone (a setting, a line of content, a variable):
 * thrown at config setup or while the config loads. Astro prints a "Location" and a
 * "Stack trace" of our own code for any error that has a stack, which tells a content author
 * nothing and buries the message, so this one has none; `hint` is printed under it as "Hint:".
 */
export function userError(message: string, hint?: string): Error & { hint?: string } {
  const error: Error & { hint?: string } = new Error(message);
  error.stack = '';
  if (hint !== undefined) error.hint = hint;
  return error;
}

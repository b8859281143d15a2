/** Marks an error a user fixes from its message alone (see `userError`). */
const userMistake = Symbol.for('policy-site.user-error');

/**
 * An error a user fixes from its message alone (a setting, a line of content, a variable):
 * thrown at config setup or while the config loads. Astro prints a "Location" and a
 * "Stack trace" of our own code for any error that has a stack, which tells a content author
 * nothing and buries the message, so this one has none; `hint` is printed under it as "Hint:".
 */
export function userError(message: string, hint?: string): Error & { hint?: string } {
  const error: Error & { hint?: string; [userMistake]?: true } = new Error(message);
  error.stack = '';
  error[userMistake] = true;
  if (hint !== undefined) error.hint = hint;
  return error;
}

/** Whether `error` was made by `userError`. */
export function isUserError(error: unknown): error is Error & { hint?: string } {
  return error instanceof Error && (error as { [userMistake]?: true })[userMistake] === true;
}

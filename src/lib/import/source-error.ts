/** A source the import refuses or cannot read; its message is for the user, as it is. */
export class SourceError extends Error {}

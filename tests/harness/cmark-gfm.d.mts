export const cmarkGfm: {
  what: string;
  env: string;
  aptPackage: string;
  howTo: string;
  find: () => string | undefined;
  require: () => string;
};
export function findCmarkGfm(): string | undefined;
export function requireCmarkGfm(): string;

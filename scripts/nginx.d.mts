export function findNginx(): string | undefined;
export function ensureNginx(log?: (message: string) => void): string;
export function prepareNginx(options: { dir: string; port: string; base: string }): {
  prefix: string;
  conf: string;
};

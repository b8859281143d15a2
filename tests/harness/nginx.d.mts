export function findNginx(): string | undefined;
export function requireNginx(): string;
export function prepareNginx(options: { dir: string; port: string; base: string }): {
  prefix: string;
  conf: string;
};

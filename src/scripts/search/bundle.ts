/** The Pagefind bundle of the site whose base path is `base` ("/keras/"). */
export const bundleOf = (base: string) => `${base}pagefind/`;

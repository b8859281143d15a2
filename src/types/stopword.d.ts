// The English list of the `stopword` package, imported alone (src/lib/search/words.ts): its
// index would bring every language's list into the search dialog.
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}

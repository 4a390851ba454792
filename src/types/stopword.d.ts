/** The `stopword` package ships no types: its named exports are word lists, by ISO 639-3 code. */
declare module 'stopword' {
  const lists: Record<string, string[]>;
  export = lists;
}

// The package's main file is a JSON array of words; declared here so the type checker does not parse 3 MB of JSON.
declare module "an-array-of-english-words" {
  const words: string[];
  export default words;
}

// The parts of the `stopword` package (no bundled types) this project uses: per-language lists.
declare module "stopword" {
  export const eng: string[];
  export const spa: string[];
  export const por: string[];
  export const fra: string[];
  export const deu: string[];
  export const ita: string[];
  export const nld: string[];
}

// The `sentiment` package ships no types; the bench uses only this.
declare module "sentiment" {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number; words: string[] };
  }
}

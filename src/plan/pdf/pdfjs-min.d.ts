// The minified build is the same library as pdf.mjs (which carries the types), half the
// size to load: under tsx, which transforms every module it loads, that halves the memory
// the reader costs a process.
declare module "pdfjs-dist/legacy/build/pdf.min.mjs" {
  export * from "pdfjs-dist/legacy/build/pdf.mjs";
}

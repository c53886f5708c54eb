/** See src/integrations/lazyScript.ts: the address of a script built as a chunk of its own. */
declare module '*?lazy' {
  const url: string;
  export default url;
}

/** A part of a UI language's messages, cut by scripts/locale-split-plugin.ts. */
declare module 'virtual:verso-messages/*' {
  const messages: { readonly [key: string]: unknown };
  export default messages;
}

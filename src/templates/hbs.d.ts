/**
 * `.hbs` files are precompiled by plugins/handlebarsPrecompile.mjs into a
 * module whose default export renders plain text from a data object.
 */
declare module '*.hbs' {
  /** A precompiled Handlebars template: data in, plain text out. */
  const template: (
    context: object,
    options?: { helpers?: Readonly<Record<string, (value: unknown) => string>> },
  ) => string;
  export default template;
}

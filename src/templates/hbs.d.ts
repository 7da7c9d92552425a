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

declare module 'handlebars/lib/handlebars/runtime' {
  /** Builds a render function from a precompiled spec and an environment. */
  export function template(
    spec: object,
    env: object,
  ): (context: object, options?: { helpers?: Readonly<Record<string, unknown>> }) => string;
  /** Refuses a spec from an incompatible compiler. */
  export function checkRevision(compilerInfo: unknown): void;
  /** Partials support, required by template() even when unused. */
  export function invokePartial(...args: unknown[]): unknown;
  /** Partials support, required by template() even when unused. */
  export function resolvePartial(...args: unknown[]): unknown;
  /** An empty program. */
  export function noop(): string;
}

declare module 'handlebars/lib/handlebars/helpers/if' {
  /** Registers the built-in `if` and `unless` helpers on an instance. */
  export default function registerIf(instance: {
    helpers: Record<string, unknown>;
    registerHelper(name: string, fn: unknown): void;
  }): void;
}

/**
 * @packageDocumentation
 * `@aitrade/defi` — not yet released; this entry exports nothing until its issue lands.
 */
export {}

/**
 * @packageDocumentation
 * `@aitrade/analytics` — not yet released; this entry exports nothing until its issue lands.
 */
export {}

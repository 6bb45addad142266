// The globals src-shared may use beyond ECMAScript: only those both runtimes have (Chromium in the renderer, Node in
// main). tsconfig.shared.json type-checks src-shared with no DOM and no Node types plus this file, so `window`,
// `document`, `process` or `Buffer` here fail the typecheck, not only imports of them (ESLint's rule). The app's own
// tsconfig gets these from its DOM and Node types and leaves this file out.
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: { new (): TextEncoder };

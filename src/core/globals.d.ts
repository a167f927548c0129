// The few platform globals src/core relies on: present in Node 20+, browsers and web workers alike.
// Declared here because src/core is type-checked without Node or DOM typings (tsconfig.core.json).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
  readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> };
};
/** Timers, with an opaque handle (a number in browsers, an object in Node). */
interface TimerHandle {
  readonly __timerHandle?: never;
}
declare function setTimeout(handler: () => void, ms?: number): TimerHandle;
declare function clearTimeout(handle: TimerHandle | undefined): void;
/** WHATWG URL, for resolving IRIs against a base. */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
}

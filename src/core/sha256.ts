// SHA-256 by the platform's Web Crypto (crypto.subtle: Node 20+, browsers and web workers; about 4 ms per MB).
// Its digest is asynchronous only: every caller of a text hash is on an async path (saving, the CLI).
import { encodeUtf8 } from './text';

export async function sha256HexAsync(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A sidecar's `textHash` of `text`: `sha256-` and the hex SHA-256 of its UTF-8 bytes. */
export async function textHashAsync(text: string): Promise<string> {
  return `sha256-${await sha256HexAsync(encodeUtf8(text))}`;
}

// What only the Node extension host has, set by its entry point (extension.node.ts); undefined on the web.
import type { FileStore } from '../core/persist/fileStore';

export let nodeFileStore: FileStore | undefined;

export function useNodeFileStore(store: FileStore): void {
  nodeFileStore = store;
}

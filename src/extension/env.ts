// What only the Node extension host has, set by its entry point (extension.node.ts); undefined on the web.
import type { FileStore } from '../core/persist/fileStore';

export let nodeFileStore: FileStore | undefined;

export function useNodeFileStore(store: FileStore): void {
  nodeFileStore = store;
}

/** A worker as the suggestion client uses it: a Node worker thread or a web worker. */
export interface WorkerPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onError(listener: (error: string) => void): void;
  terminate(): void;
}

/** Starts the suggestion worker from its bundle (dist/node/suggestWorker.js or dist/web/suggestWorker.js). */
export type WorkerStarter = (extensionPath: string) => WorkerPort;

export let nodeWorkerStarter: WorkerStarter | undefined;

export function useNodeWorkerStarter(starter: WorkerStarter): void {
  nodeWorkerStarter = starter;
}

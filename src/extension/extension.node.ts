// The Node extension host's entry: the same extension, with Node's fs for atomic replaces of `file:` URIs.
import './clock';
import { NodeFileStore } from '../node/nodeFileStore';
import { startNodeWorker } from '../node/nodeWorker';
import { useNodeFileStore, useNodeWorkerStarter } from './env';

useNodeFileStore(new NodeFileStore());
useNodeWorkerStarter(startNodeWorker);

export { activate, deactivate } from './extension';

// The Node extension host's entry: the same extension, with Node's fs for atomic replaces of `file:` URIs.
import './clock';
import { NodeFileStore } from '../node/nodeFileStore';
import { useNodeFileStore } from './env';

useNodeFileStore(new NodeFileStore());

export { activate, deactivate } from './extension';

// The suggestion worker in the web worker extension host (a nested web worker).
import { SuggestService, type WorkerRequest } from '../../core/suggest/service';

const scope = globalThis as unknown as { postMessage(message: unknown): void; onmessage: ((e: { data: WorkerRequest }) => void) | null };
const service = new SuggestService((reply) => scope.postMessage(reply));
scope.onmessage = (e) => service.receive(e.data);

// The suggestion worker in the Node extension host (a worker thread): the libraries load here, off the
// extension host's thread, and only when the first suggestion is asked for.
import { parentPort } from 'worker_threads';
import { SuggestService, type WorkerRequest } from '../../core/suggest/service';

const port = parentPort!;
const service = new SuggestService((reply) => port.postMessage(reply));
port.on('message', (request: WorkerRequest) => service.receive(request));

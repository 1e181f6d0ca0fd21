import { describe, expect, it } from 'vitest';
import {
  createWorkerClient,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../src/data/data-client';

/** A worker in the test's hands: it records requests, and the test answers them or kills it. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: WorkerRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: WorkerRequest) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(response: WorkerResponse) {
    this.onmessage?.({ data: response } as MessageEvent<WorkerResponse>);
  }
  die(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

const last = () => {
  const worker = FakeWorker.made.at(-1);
  if (!worker) throw new Error('no worker started');
  return worker;
};

describe('the data worker client', () => {
  it('rejects a request whose handler threw in the worker, with the worker’s message', async () => {
    const client = createWorkerClient(() => new FakeWorker());
    const deck = client.readDeck('[[[', 'deck.json', false);
    const request = last().requests[0];
    last().reply({
      type: 'failed',
      requestId: request?.requestId ?? 0,
      message: 'RangeError: Maximum call stack size exceeded',
    });
    await expect(deck).rejects.toThrow('RangeError: Maximum call stack size exceeded');
  });

  it('rejects every pending request when the worker dies, and the next request starts a new one', async () => {
    const client = createWorkerClient(() => new FakeWorker());
    const details = client.details('dza-esp');
    const search = client.searchExcerpts('demining', 10);
    const dead = last();
    dead.die('out of memory');
    await expect(details).rejects.toThrow('The data worker stopped: out of memory');
    await expect(search).rejects.toThrow('The data worker stopped: out of memory');
    expect(dead.terminated).toBe(true);

    const again = client.details('egy-nato');
    const fresh = last();
    expect(fresh).not.toBe(dead);
    const request = fresh.requests[0];
    fresh.reply({ type: 'details', requestId: request?.requestId ?? 0, bundle: null });
    await expect(again).resolves.toBeNull();
  });
});

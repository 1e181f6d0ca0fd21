import { describe, expect, it } from 'vitest';
import {
  createWorkerClient,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../src/data/data-client';
import {
  createImportWorkerClient,
  type ImportRequest,
  type ImportResponse,
  type ImportWorkerLike,
} from '../../src/data/import-client';

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

/** The import worker in the test's hands. */
class FakeImportWorker implements ImportWorkerLike {
  static made: FakeImportWorker[] = [];
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: ImportRequest[] = [];
  terminated = false;
  constructor() {
    FakeImportWorker.made.push(this);
  }
  postMessage(message: ImportRequest) {
    this.requests.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(response: ImportResponse) {
    this.onmessage?.({ data: response } as MessageEvent<ImportResponse>);
  }
}

const ASSETS = { englishNames: 'en.json', arabicNames: 'ar.json', countries: 'c.json' };

describe('the import worker client', () => {
  it('rejects what was waiting when the worker dies, starts afresh, and waits for no reply to close', async () => {
    const client = createImportWorkerClient(ASSETS, () => new FakeImportWorker());
    const report = client.report(1, 'en');
    const dead = FakeImportWorker.made.at(-1);
    dead?.onmessageerror?.({} as MessageEvent);
    await expect(report).rejects.toThrow(
      'The import worker stopped: a message that could not be read',
    );
    expect(dead?.terminated).toBe(true);

    const again = client.report(2, 'en');
    const fresh = FakeImportWorker.made.at(-1);
    expect(fresh).not.toBe(dead);
    client.close(2);
    const [asked, closed] = fresh?.requests ?? [];
    expect(closed).toMatchObject({ type: 'close', id: 2 });
    fresh?.reply({ type: 'report', requestId: asked?.requestId ?? 0, csv: 'line,column' });
    await expect(again).resolves.toBe('line,column');
    // A failure reply for the close (nothing waits for it) is ignored.
    fresh?.reply({ type: 'failed', requestId: closed?.requestId ?? 0, error: 'no such file' });
  });
});

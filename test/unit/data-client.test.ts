import { describe, expect, it } from 'vitest';
import { createWorkerClient } from '../../src/data/data-client';
import { createImportWorkerClient } from '../../src/data/import-client';
import { datasetHandlers } from '../../src/data/dataset-handlers';
import { DatasetPipeline } from '../../src/data/dataset-pipeline';
import { importHandlers, type ImportPipelines } from '../../src/data/import-handlers';
import type { ArticlePipeline } from '../../src/data/article-pipeline';
import type { ImportPipeline } from '../../src/data/import-pipeline';
import {
  connect,
  inline,
  serve,
  transferring,
  type Handlers,
  type WorkerLike,
  type WorkerScope,
} from '../../src/data/rpc';
import { failureText, ImportCancelled, WorkerFailure } from '../../src/core/protocol';
import { loadMessages, translate } from '../../src/core/messages';
import { createAtlasStore } from '../../src/store/atlas-store';
import { loadDataset } from '../../src/bindings/bind-dataset';
import { SEED_LOCATION } from './helpers';

type Wire = Parameters<WorkerLike['postMessage']>[0];
type Reply = Parameters<WorkerScope['postMessage']>[0];

/**
 * A worker that runs `serve` in this thread: every message is structured-cloned both ways, as a
 * real worker's are (a function among the arguments would fail to clone), and delivered later.
 */
class LoopbackWorker implements WorkerLike {
  static made: LoopbackWorker[] = [];
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  received: Wire[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  private readonly scope: WorkerScope = {
    onmessage: null,
    postMessage: (reply) => {
      const data = structuredClone(reply);
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data } as MessageEvent<Reply>);
      });
    },
  };
  constructor(handlers: Handlers) {
    LoopbackWorker.made.push(this);
    serve(this.scope, handlers);
  }
  postMessage(call: Wire, transfer: Transferable[]) {
    const data = structuredClone(call);
    this.received.push(data);
    this.transfers.push(transfer);
    setTimeout(() => {
      if (!this.terminated) this.scope.onmessage?.({ data } as MessageEvent<Wire>);
    });
  }
  terminate() {
    this.terminated = true;
  }
  die(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

const newest = () => {
  const worker = LoopbackWorker.made.at(-1);
  if (!worker) throw new Error('no worker started');
  return worker;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const table = () => ({
  double: (n: number) => n * 2,
  count: async (to: number, onStep: (step: number, of: number) => void) => {
    for (let step = 1; step <= to; step++) onStep(step, to);
    await sleep(1);
    return 'counted';
  },
  throws: (): number => {
    throw new RangeError('Maximum call stack size exceeded');
  },
  rejects: () => Promise.reject(new Error('the file is not a dataset')),
  hangs: () => new Promise<never>(() => undefined),
  size: (bytes: Uint8Array) => bytes.length,
});

describe('the worker protocol (rpc.ts)', () => {
  it('answers, and calls a callback back in order before the answer', async () => {
    const { api } = connect<ReturnType<typeof table>>('data', () => new LoopbackWorker(table()));
    await expect(api.double(21)).resolves.toBe(42);
    const steps: string[] = [];
    await expect(api.count(3, (step, of) => steps.push(`${step}/${of}`))).resolves.toBe('counted');
    expect(steps).toEqual(['1/3', '2/3', '3/3']);
  });

  it('rejects with a WorkerFailure naming the error when a handler throws or rejects', async () => {
    const { api } = connect<ReturnType<typeof table>>('data', () => new LoopbackWorker(table()));
    const thrown = await api.throws().catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(WorkerFailure);
    expect(thrown).toMatchObject({
      worker: 'data',
      reason: 'failed',
      detail: 'RangeError: Maximum call stack size exceeded',
    });
    await expect(api.rejects()).rejects.toThrow('Error: the file is not a dataset');
    // The worker lives on.
    await expect(api.double(2)).resolves.toBe(4);
  });

  it('rejects a request no handler answers', async () => {
    const { api } = connect<Handlers>('data', () => new LoopbackWorker(table()));
    await expect(api.nothing?.()).rejects.toThrow('no request named "nothing"');
  });

  it('rejects every pending request when the worker dies, and starts a fresh one next', async () => {
    const { api } = connect<ReturnType<typeof table>>('import', () => new LoopbackWorker(table()));
    const first = api.hangs();
    const second = api.hangs();
    const dead = newest();
    dead.die('out of memory');
    for (const pending of [first, second]) {
      const error = await pending.catch((reason: unknown) => reason);
      expect(error).toMatchObject({ worker: 'import', reason: 'stopped', detail: 'out of memory' });
    }
    expect(dead.terminated).toBe(true);
    await expect(api.double(5)).resolves.toBe(10);
    expect(newest()).not.toBe(dead);
  });

  it('treats a message the worker could not read as a death', async () => {
    const { api } = connect<ReturnType<typeof table>>('data', () => new LoopbackWorker(table()));
    const pending = api.hangs();
    newest().onmessageerror?.({} as MessageEvent);
    await expect(pending).rejects.toThrow(
      'The data worker stopped: a message that could not be read',
    );
  });

  it('cancels: stop ends the worker and rejects what was waiting with the given error', async () => {
    const connection = connect<ReturnType<typeof table>>(
      'import',
      () => new LoopbackWorker(table()),
    );
    const pending = connection.api.hangs();
    const worker = newest();
    connection.stop(new ImportCancelled());
    await expect(pending).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.terminated).toBe(true);
    await expect(connection.api.double(1)).resolves.toBe(2);
  });

  it('greets every fresh worker first, and a notification leaves nothing waiting', async () => {
    const greeted: string[] = [];
    const handlers = () => ({ ...table(), hello: (who: string) => void greeted.push(who) });
    const connection = connect<ReturnType<typeof handlers>>(
      'import',
      () => new LoopbackWorker(handlers()),
      { method: 'hello', args: ['page'] },
    );
    connection.notify('double', 1); // no worker yet: nothing to tell
    await connection.api.double(1);
    const first = newest();
    expect(first.received.map((call) => call.method)).toEqual(['hello', 'double']);
    connection.notify('throws');
    first.die('gone');
    await connection.api.double(1);
    expect(newest().received.map((call) => call.method)).toEqual(['hello', 'double']);
    expect(greeted).toEqual(['page', 'page']);
  });

  it('hands a marked argument’s buffers over with the call', async () => {
    const { api } = connect<ReturnType<typeof table>>('data', () => new LoopbackWorker(table()));
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(api.size(transferring(bytes, [bytes.buffer]))).resolves.toBe(3);
    expect(newest().transfers.at(-1)).toEqual([bytes.buffer]);
  });

  it('is not mistaken for a promise, and the inline form rejects alike', async () => {
    const { api } = connect<ReturnType<typeof table>>('data', () => new LoopbackWorker(table()));
    await expect(Promise.resolve(api)).resolves.toBe(api);
    const local = inline('data', table);
    await expect(local.double(4)).resolves.toBe(8);
    await expect(local.throws()).rejects.toMatchObject({
      reason: 'failed',
      detail: 'RangeError: Maximum call stack size exceeded',
    });
  });
});

describe('the data worker client', () => {
  const pipeline = () => new DatasetPipeline(() => Promise.reject(new Error('offline')));

  it('rejects a request whose handler threw in the worker, with the worker’s message', async () => {
    const throwing = pipeline();
    throwing.readDeck = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    const client = createWorkerClient(() => new LoopbackWorker(datasetHandlers(throwing)));
    await expect(client.readDeck('[[[', 'deck.json', false)).rejects.toThrow(
      'RangeError: Maximum call stack size exceeded',
    );
    await expect(client.details('dza-esp')).resolves.toBeNull();
  });

  it('rejects every pending request when the worker dies, and the next request starts a new one', async () => {
    const client = createWorkerClient(() => new LoopbackWorker(datasetHandlers(pipeline())));
    const details = client.details('dza-esp');
    const search = client.searchExcerpts('demining', 10);
    const dead = newest();
    dead.die('out of memory');
    await expect(details).rejects.toThrow('The data worker stopped: out of memory');
    await expect(search).rejects.toThrow('The data worker stopped: out of memory');
    await expect(client.details('egy-nato')).resolves.toBeNull();
    expect(newest()).not.toBe(dead);
  });
});

const ASSETS = {
  englishNames: 'en.json',
  arabicNames: 'ar.json',
  countries: 'c.json',
  ingestNames: 'names.json',
  ingestLexicon: 'lexicon.json',
  cowStates: 'cow.json',
};

describe('the import worker client', () => {
  /** An import pipeline that answers reports and records what it was told. */
  const fakePipeline = (log: string[]): ImportPipelines => ({
    tables: {
      report: (id: number) => Promise.resolve(`report ${id}`),
      close: (id: number) => void log.push(`close ${id}`),
    } as unknown as ImportPipeline,
    articles: {} as unknown as ArticlePipeline,
  });

  it('configures each fresh worker, waits for no reply to close, and cancels with ImportCancelled', async () => {
    const log: string[] = [];
    const client = createImportWorkerClient(
      ASSETS,
      () =>
        new LoopbackWorker(
          importHandlers((assets) => {
            log.push(`configured with ${assets.countries}`);
            return fakePipeline(log);
          }),
        ),
    );
    await expect(client.report(1, 'en')).resolves.toBe('report 1');
    client.close(1);
    // Messages arrive in order: once this is answered, the close has been handled.
    await expect(client.report(2, 'en')).resolves.toBe('report 2');
    const worker = newest();
    const reading = client.report(2, 'en');
    client.cancel();
    await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.terminated).toBe(true);
    await expect(client.report(3, 'en')).resolves.toBe('report 3');
    expect(log).toEqual(['configured with c.json', 'close 1', 'configured with c.json']);
  });

  it('rejects what was waiting when the worker dies, and starts afresh', async () => {
    const client = createImportWorkerClient(
      ASSETS,
      () => new LoopbackWorker(importHandlers(() => fakePipeline([]))),
    );
    const report = client.report(1, 'en');
    newest().onmessageerror?.({} as MessageEvent);
    await expect(report).rejects.toThrow(
      'The import worker stopped: a message that could not be read',
    );
    await expect(client.report(2, 'en')).resolves.toBe('report 2');
  });
});

describe('a failed request, in the interface’s language', () => {
  it('a dataset whose load fails in the worker is a located data problem, in English and Arabic', async () => {
    const broken = new DatasetPipeline(() => Promise.reject(new Error('offline')));
    broken.load = () => Promise.reject(new RangeError('Maximum call stack size exceeded'));
    const client = createWorkerClient(() => new LoopbackWorker(datasetHandlers(broken)));
    const store = createAtlasStore();
    await loadDataset(store, client, SEED_LOCATION);
    const [issue] = store.getState().dataIssues;
    expect(issue).toMatchObject({ file: 'data/atlas.json', record: '', field: '' });
    if (!issue) throw new Error('no problem reported');
    expect(translate('en', issue.message.key, issue.message.params)).toBe(
      'The dataset could not be loaded: the data worker could not finish (RangeError: Maximum call stack size exceeded).',
    );
    await loadMessages('ar');
    expect(translate('ar', issue.message.key, issue.message.params)).toBe(
      'تعذّر تحميل مجموعة البيانات: تعذّر على عامل البيانات إتمام الطلب (RangeError: Maximum call stack size exceeded).',
    );
  });

  it('a worker that died is said to start afresh', () => {
    const text = failureText(new WorkerFailure('import', 'stopped', 'out of memory'));
    if (typeof text === 'string') throw new Error('not a message');
    expect(translate('en', text.key, text.params)).toBe(
      'the import worker stopped (out of memory); it starts afresh on the next request',
    );
    expect(failureText(new Error('plain'))).toBe('plain');
  });
});

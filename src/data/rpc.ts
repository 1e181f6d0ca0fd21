/**
 * One typed request/response mechanism for both workers. A worker serves a table of handlers
 * (`serve`); the page calls them through `connect`, whose `api` has the table's methods, each
 * returning a promise; tests call the very same table in the calling thread through `inline`.
 * A request's name is written once: as a key of its table.
 *
 * - A function among a call's arguments (a progress callback) stays on the caller's side: the
 *   worker gets a stand-in that posts each call back, so the handlers are written as if local.
 * - Every request settles. A handler that throws (or rejects) rejects the caller's promise with a
 *   `WorkerFailure`; a worker that dies (an error it did not catch, a message it could not read)
 *   rejects every pending request, and the next request starts a fresh worker.
 * - `stop(error)` cancels: it ends the worker (a parse cannot be interrupted otherwise) and rejects
 *   every pending request with `error`.
 *
 * Why not Comlink: it leaves a call pending for ever when its worker dies or is ended
 * (GoogleChromeLabs/comlink#601, open), has no cancellation, and sends a callback through a
 * MessagePort proxy of its own per call; this is the part of it we use, in about a hundred lines.
 */
import { WorkerFailure, type WorkerName } from '../core/protocol';

// The wire format; nothing outside this module reads it.
interface Call {
  id: number;
  method: string;
  args: unknown[];
  /** Which arguments were functions: the worker passes a stand-in that posts back. */
  callbacks: number[];
}
type Reply =
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; message: string }
  | { id: number; kind: 'callback'; slot: number; args: unknown[] };

/** A table of handlers: each takes cloneable values (or callbacks) and answers one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function shape is allowed
export type Handlers = Record<string, (...args: any[]) => unknown>;

/** A table's methods as seen from the page: each answers with a promise. */
export type Remote<H extends Handlers> = {
  [K in keyof H]: (...args: Parameters<H[K]>) => Promise<Awaited<ReturnType<H[K]>>>;
};

/** Which parts of a handler's answer move to the page rather than being copied. */
export type Transfers<H extends Handlers> = {
  [K in keyof H]?: (value: Awaited<ReturnType<H[K]>>) => Transferable[];
};

/** The part of a worker's global scope `serve` uses. */
export interface WorkerScope {
  postMessage(message: Reply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Call>) => void) | null;
}

/** The part of a `Worker` the page uses, so that tests can give their own. */
export interface WorkerLike {
  postMessage(message: Call, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

const messageOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** Answers the page's calls with the handlers; runs in the worker. */
export function serve<H extends Handlers>(
  scope: WorkerScope,
  handlers: H,
  transfers: Transfers<H> = {},
): void {
  scope.onmessage = (event) => {
    const { id, method, args, callbacks } = event.data;
    const failed = (error: unknown) => {
      scope.postMessage({ id, kind: 'failed', message: messageOf(error) }, []);
    };
    for (const slot of callbacks) {
      args[slot] = (...values: unknown[]) => {
        scope.postMessage({ id, kind: 'callback', slot, args: values }, []);
      };
    }
    try {
      const handler = handlers[method];
      if (!handler) throw new Error(`no request named "${method}"`);
      Promise.resolve(handler(...args)).then((value: unknown) => {
        const pick = transfers[method as keyof H] as
          ((answer: unknown) => Transferable[]) | undefined;
        const transfer = pick?.(value) ?? [];
        scope.postMessage({ id, kind: 'done', value }, transfer);
      }, failed);
    } catch (error) {
      failed(error);
    }
  };
}

/** `then` is not a request: a promise resolved with a table must not mistake it for a promise. */
const isRequestName = (key: string | symbol): key is string =>
  typeof key === 'string' && key !== 'then';

/** A table's methods with some of them replaced or added (`dispose`, `cancel`). */
export function extend<R extends object, E extends object>(
  remote: R,
  extras: E,
): Omit<R, keyof E> & E {
  return new Proxy(remote, {
    get: (target, key, receiver) =>
      key in extras ? extras[key as keyof E] : Reflect.get(target, key, receiver),
  }) as unknown as Omit<R, keyof E> & E;
}

/** Values a call hands over to the worker rather than copies (a file's bytes). */
const handedOver = new WeakMap<object, Transferable[]>();

/** Marks an argument whose buffers move to the worker with the call. */
export function transferring<T extends object>(value: T, transfer: Transferable[]): T {
  handedOver.set(value, transfer);
  return value;
}

export interface Connection<H extends Handlers> {
  api: Remote<H>;
  /** Ends the worker now; every pending request rejects with `error`. */
  stop(error: Error): void;
  /** Posts a call that waits for no answer (its failure, if any, is not reported). */
  notify<K extends keyof H & string>(method: K, ...args: Parameters<H[K]>): void;
}

/** Calls a worker's handlers; the worker is started on the first request and after a death. */
export function connect<H extends Handlers>(
  name: WorkerName,
  spawn: () => WorkerLike,
  /** A call posted first to every worker started, e.g. what it needs to know before any request. */
  greeting?: { [K in keyof H & string]: { method: K; args: Parameters<H[K]> } }[keyof H & string],
): Connection<H> {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    {
      resolve: (value: unknown) => void;
      reject: (error: Error) => void;
      callbacks: Map<number, (...values: unknown[]) => void>;
    }
  >();
  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const started = (): WorkerLike => {
    if (worker) return worker;
    const created = spawn();
    created.onmessage = ({ data: reply }) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      if (reply.kind === 'callback') {
        waiting.callbacks.get(reply.slot)?.(...reply.args);
        return;
      }
      pending.delete(reply.id);
      if (reply.kind === 'done') waiting.resolve(reply.value);
      else waiting.reject(new WorkerFailure(name, 'failed', reply.message));
    };
    created.onerror = (event) => {
      // Handled here: the page's console is not where the user reads it.
      event.preventDefault();
      stop(new WorkerFailure(name, 'stopped', event.message || 'an error it did not catch'));
    };
    created.onmessageerror = () => {
      stop(new WorkerFailure(name, 'stopped', 'a message that could not be read'));
    };
    worker = created;
    if (greeting) post(nextId++, greeting.method, greeting.args);
    return created;
  };
  /** Posts a call; functions among the arguments stay here and are called back. */
  const post = (id: number, method: string, args: unknown[]) => {
    const callbacks = new Map<number, (...values: unknown[]) => void>();
    const transfer: Transferable[] = [];
    const sent = args.map((arg, slot) => {
      if (typeof arg === 'function') {
        callbacks.set(slot, arg as (...values: unknown[]) => void);
        return null;
      }
      if (typeof arg === 'object' && arg !== null) transfer.push(...(handedOver.get(arg) ?? []));
      return arg;
    });
    started().postMessage({ id, method, args: sent, callbacks: [...callbacks.keys()] }, transfer);
    return callbacks;
  };
  const api = new Proxy({} as Remote<H>, {
    get: (_, method) =>
      !isRequestName(method)
        ? undefined
        : (...args: unknown[]) =>
            new Promise((resolve, reject) => {
              const id = nextId++;
              const entry = { resolve, reject, callbacks: new Map() };
              pending.set(id, entry);
              entry.callbacks = post(id, method, args);
            }),
  });
  return {
    api,
    stop,
    notify: (method, ...args) => {
      if (worker) post(nextId++, method, args);
    },
  };
}

/** The same handlers called in the calling thread (tests, and tools without workers). */
export function inline<H extends Handlers>(name: WorkerName, handlers: () => H): Remote<H> {
  const table = handlers();
  return new Proxy({} as Remote<H>, {
    get: (_, method) => {
      if (!isRequestName(method)) return undefined;
      return async (...args: unknown[]) => {
        const handler = table[method];
        if (!handler) throw new Error(`no request named "${method}"`);
        try {
          return await handler(...args);
        } catch (error) {
          throw new WorkerFailure(name, 'failed', messageOf(error));
        }
      };
    },
  });
}

/**
 * A worker dies without answering: an error it did not catch, or a message it could not read.
 * Both clients turn that into one call, so that they can reject what was waiting and start afresh.
 */
export function onWorkerDeath(
  worker: {
    onerror: ((event: ErrorEvent) => void) | null;
    onmessageerror: ((event: MessageEvent) => void) | null;
  },
  stopped: (why: string) => void,
): void {
  worker.onerror = (event) => {
    // Handled here: the page's console is not where the user reads it.
    event.preventDefault();
    stopped(event.message || 'an error it did not catch');
  };
  worker.onmessageerror = () => {
    stopped('a message that could not be read');
  };
}

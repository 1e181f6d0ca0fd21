/**
 * The import worker's requests: the one table both the worker (`import.worker.ts`) and the inline
 * client (`import-inline-client.ts`) serve, and whose type the page's client (`import-client.ts`)
 * calls. `configure` is the greeting every fresh worker gets first (the assets' addresses).
 */
import type { ImportAssets } from '../core/protocol';
import type { ImportPipeline } from './import-pipeline';

export function importHandlers(create: (assets: ImportAssets) => ImportPipeline) {
  let pipeline: ImportPipeline | null = null;
  const configured = (): ImportPipeline => {
    if (!pipeline) throw new Error('the import worker was given no assets (configure)');
    return pipeline;
  };
  return {
    configure: (assets: ImportAssets): void => {
      pipeline ??= create(assets);
    },
    open: (...args: Parameters<ImportPipeline['open']>) => configured().open(...args),
    read: (...args: Parameters<ImportPipeline['read']>) => configured().read(...args),
    report: (...args: Parameters<ImportPipeline['report']>) => configured().report(...args),
    save: (...args: Parameters<ImportPipeline['save']>) => configured().save(...args),
    close: (...args: Parameters<ImportPipeline['close']>) => {
      configured().close(...args);
    },
  };
}

export type ImportHandlers = ReturnType<typeof importHandlers>;

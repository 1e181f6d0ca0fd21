/**
 * The import worker's requests: the one table both the worker (`import.worker.ts`) and the inline
 * client (`import-inline-client.ts`) serve, and whose type the page's client (`import-client.ts`)
 * calls. `configure` is the greeting every fresh worker gets first (the assets' addresses).
 */
import type { ImportAssets } from '../core/protocol';
import type { ArticlePipeline } from './article-pipeline';
import type { ImportPipeline } from './import-pipeline';

/** What the import worker runs: tables and datasets, and articles for the workbench. */
export interface ImportPipelines {
  tables: ImportPipeline;
  articles: ArticlePipeline;
}

export function importHandlers(create: (assets: ImportAssets) => ImportPipelines) {
  let pipelines: ImportPipelines | null = null;
  const configured = (): ImportPipeline => articlesOr().tables;
  const articlesOr = (): ImportPipelines => {
    if (!pipelines) throw new Error('the import worker was given no assets (configure)');
    return pipelines;
  };
  return {
    configure: (assets: ImportAssets): void => {
      pipelines ??= create(assets);
    },
    open: (...args: Parameters<ImportPipeline['open']>) => configured().open(...args),
    read: (...args: Parameters<ImportPipeline['read']>) => configured().read(...args),
    report: (...args: Parameters<ImportPipeline['report']>) => configured().report(...args),
    save: (...args: Parameters<ImportPipeline['save']>) => configured().save(...args),
    close: (...args: Parameters<ImportPipeline['close']>) => {
      configured().close(...args);
    },
    readArticle: (...args: Parameters<ArticlePipeline['read']>) =>
      articlesOr().articles.read(...args),
    addArticle: (...args: Parameters<ArticlePipeline['add']>) => articlesOr().articles.add(...args),
    openEdit: (...args: Parameters<ArticlePipeline['openEdit']>) =>
      articlesOr().articles.openEdit(...args),
    saveEdit: (...args: Parameters<ArticlePipeline['saveEdit']>) =>
      articlesOr().articles.saveEdit(...args),
    articleActors: () => articlesOr().articles.actors(),
    exportRepository: (...args: Parameters<ArticlePipeline['exportRepository']>) =>
      articlesOr().articles.exportRepository(...args),
    exportAtlasFile: (...args: Parameters<ArticlePipeline['exportAtlasFile']>) =>
      articlesOr().articles.exportAtlasFile(...args),
    openAtlasFile: (...args: Parameters<ArticlePipeline['openAtlasFile']>) =>
      articlesOr().articles.openAtlasFile(...args),
  };
}

export type ImportHandlers = ReturnType<typeof importHandlers>;

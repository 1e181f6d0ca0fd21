/**
 * What the site adds to reading the atlas: the header's buttons of its tools (the workbench, the
 * datasets, exports and sharing) and the workbench's host around the page. A standalone page,
 * read-only, has none of them, and its single file carries none of their code.
 */
import type { ReactNode } from 'react';
import type { Datasets, ImportClient, Workbench } from '../core/protocol';
import { DatasetsButton } from './DatasetsButton';
import { DataExportButton, ShareButton, type ExportData } from './HeaderButtons';
import { WorkbenchButton, WorkbenchHost } from './workbench/WorkbenchHost';

/** The tools as `App` takes them. */
export interface ToolsSlot {
  /** The header's buttons; some only once the dataset is ready. */
  buttons: (ready: boolean) => ReactNode;
  /** The page inside what the tools need around it. */
  host: (page: ReactNode) => ReactNode;
}

/** The atlas's tools beyond reading it: datasets, the workbench, exports and sharing. */
export interface AtlasTools {
  /** Writes the dataset as an export file (in the app, in the data worker). */
  exportData: ExportData;
  /** The seed and the imported datasets kept in this browser. */
  datasets: Datasets;
  /** The import's worker, started when first needed. */
  importer: () => ImportClient;
  /** The article workbench, bound to the dataset shown. */
  workbench: Workbench;
  /** The dataset shown in the repository's layout, as a zip. */
  exportRepository: () => Promise<Uint8Array | null>;
  /** The dataset shown with a deck and a view, as an atlas file. */
  exportAtlasFile: (deck: string | null, view: string) => Promise<Uint8Array | null>;
}

/** The buttons of the atlas's tools (the datasets' one also while the dataset loads). */
function ToolButtons({ tools, ready }: { tools: AtlasTools; ready: boolean }) {
  return (
    <>
      {ready && <WorkbenchButton />}
      <DatasetsButton datasets={tools.datasets} importer={tools.importer} />
      {ready && (
        <DataExportButton exportData={tools.exportData} exportRepository={tools.exportRepository} />
      )}
      {ready && (
        <ShareButton
          exportAtlasFile={tools.exportAtlasFile}
          stored={tools.datasets.current.id !== null}
        />
      )}
    </>
  );
}

/** The site's tools, for `App`. */
export function atlasTools(tools: AtlasTools): ToolsSlot {
  return {
    buttons: (ready) => <ToolButtons tools={tools} ready={ready} />,
    host: (page) => <WorkbenchHost workbench={tools.workbench}>{page}</WorkbenchHost>,
  };
}

/** Fetches the Natural Earth countries file (a static asset of the build) and converts it. */
import { basemapFromTopology, isCountriesTopology, type Basemap } from '../core/basemap';

export async function loadBasemap(url: string): Promise<Basemap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const value: unknown = await response.json();
  if (!isCountriesTopology(value))
    throw new Error(`${url} is not a world-atlas countries topology`);
  return basemapFromTopology(value);
}

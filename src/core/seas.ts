/**
 * Names of the seas and oceans around the atlas's region, for the map's labels. Positions are
 * label points chosen by hand in open water (cartography, not data); names are the English ones
 * Natural Earth's marine areas use and their usual Arabic forms. Gulfs whose name is itself
 * disputed are left out rather than named one way.
 */
import type { FeatureCollection, Point } from 'geojson';

export interface SeaLabelProperties {
  name_en: string;
  name_ar: string;
  /** 1: oceans and large seas, shown at every zoom; 2: smaller seas, shown when zoomed in. */
  tier: 1 | 2;
}

interface Sea extends SeaLabelProperties {
  /** [lon, lat] of the label. */
  at: [number, number];
}

export const SEAS: readonly Sea[] = [
  { name_en: 'Atlantic Ocean', name_ar: 'المحيط الأطلسي', tier: 1, at: [-17, 38] },
  { name_en: 'Mediterranean Sea', name_ar: 'البحر الأبيض المتوسط', tier: 1, at: [18.5, 34.3] },
  { name_en: 'Black Sea', name_ar: 'البحر الأسود', tier: 1, at: [34.2, 43.4] },
  { name_en: 'Red Sea', name_ar: 'البحر الأحمر', tier: 1, at: [38.2, 20.5] },
  { name_en: 'Caspian Sea', name_ar: 'بحر قزوين', tier: 1, at: [50.6, 42.4] },
  { name_en: 'North Sea', name_ar: 'بحر الشمال', tier: 1, at: [3.2, 56] },
  { name_en: 'Baltic Sea', name_ar: 'بحر البلطيق', tier: 1, at: [19.2, 56.6] },
  { name_en: 'Indian Ocean', name_ar: 'المحيط الهندي', tier: 1, at: [72, -12] },
  { name_en: 'Arabian Sea', name_ar: 'بحر العرب', tier: 1, at: [63, 15] },
  { name_en: 'Tyrrhenian Sea', name_ar: 'البحر التيراني', tier: 2, at: [12, 40] },
  { name_en: 'Adriatic Sea', name_ar: 'البحر الأدرياتيكي', tier: 2, at: [15.6, 43] },
  { name_en: 'Ionian Sea', name_ar: 'البحر الأيوني', tier: 2, at: [18.6, 37.6] },
  { name_en: 'Aegean Sea', name_ar: 'بحر إيجة', tier: 2, at: [25, 39] },
  { name_en: 'Alboran Sea', name_ar: 'بحر البوران', tier: 2, at: [-3.5, 36] },
  { name_en: 'Bay of Biscay', name_ar: 'خليج بسكاي', tier: 2, at: [-5, 45.5] },
  { name_en: 'Gulf of Sidra', name_ar: 'خليج سرت', tier: 2, at: [18.8, 31.8] },
];

/** The sea labels as GeoJSON points. */
export function seaLabels(): FeatureCollection<Point, SeaLabelProperties> {
  return {
    type: 'FeatureCollection',
    features: SEAS.map(({ at, ...properties }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties,
    })),
  };
}

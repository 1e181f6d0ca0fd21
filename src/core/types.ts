/** Types of the dataset, inferred from the zod schema so the two cannot disagree. */
import type { Text } from './messages';

import type { z } from 'zod';
import type {
  actorSchema,
  anchorSchema,
  datasetSchema,
  domainCitationSchema,
  domainSchema,
  excerptKindSchema,
  excerptSchema,
  frameworkSchema,
  localizedTextSchema,
  organizationActorSchema,
  partnershipSchema,
  personSchema,
  sourceSchema,
  stateActorSchema,
  statusSchema,
} from './schema';

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type StateActor = z.infer<typeof stateActorSchema>;
export type OrganizationActor = z.infer<typeof organizationActorSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ExcerptKind = z.infer<typeof excerptKindSchema>;
export type Excerpt = z.infer<typeof excerptSchema>;
export type PartnershipStatus = z.infer<typeof statusSchema>;
export type Person = z.infer<typeof personSchema>;
export type DomainCitation = z.infer<typeof domainCitationSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** [longitude, latitude] in degrees, WGS 84. */
export type LonLat = readonly [number, number];

/** One problem found in a data file, located precisely enough to fix it. */
export interface DataIssue {
  /** The file, e.g. "data/atlas.json". */
  file: string;
  /** The record, e.g. `partnerships[1] "egy-nato"`, or "" for the file as a whole. */
  record: string;
  /** The field inside the record, e.g. "domains[0].excerpts[1]", or "" for the record. */
  field: string;
  /** What is wrong, put into words in the interface's language when shown. */
  message: Text;
}

import type { CatalogueItemDefinition } from './types';
import { fiveInOneRegistration } from './xc-0001-five-in-one';
import { performancePermit } from './xc-0002-performance-permit';
import { tobaccoRetailLicence } from './xc-0003-tobacco-retail';
import { signboardApproval } from './xc-0004-signboard';

export { agencies } from './agencies';
export type * from './types';

export const catalogue: CatalogueItemDefinition[] = [
  fiveInOneRegistration,
  performancePermit,
  tobaccoRetailLicence,
  signboardApproval,
];

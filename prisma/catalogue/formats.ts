import type { MaterialFormat } from './types';

/** Documents proper: PDF, or OFD (GB/T 33190, the national electronic document format). */
export const WRITTEN_MATERIAL_FORMATS: MaterialFormat[] = ['PDF', 'OFD'];
/** Identity documents are often photographed or scanned. */
export const IDENTITY_FORMATS: MaterialFormat[] = ['JPEG', 'PNG', 'PDF'];

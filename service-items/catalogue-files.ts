import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  AgencyDefinition,
  CatalogueItemDefinition,
  CertificateKindDefinition,
  StageKindDefinition,
} from './item-definition';
import { agencyShape, certificateKindShape, readItemFile, readList, stageKindShape } from './item-file';
import { itemProblems, type CatalogueVocabulary } from './item-validation';

/** The catalogue a release ships with: `catalogue/` at the repository's root. */
export const CATALOGUE_DIR = path.join(__dirname, '..', 'catalogue');

export interface CatalogueBaseline {
  agencies: AgencyDefinition[];
  stageKinds: StageKindDefinition[];
  certificateKinds: CertificateKindDefinition[];
  /** With the file each came from. */
  items: Array<CatalogueItemDefinition & { file: string }>;
}

export function vocabularyOf(baseline: Omit<CatalogueBaseline, 'items'>): CatalogueVocabulary {
  return {
    agencies: new Set(baseline.agencies.map((agency) => agency.code)),
    stageKinds: new Map(baseline.stageKinds.map((kind) => [kind.code, kind.excludedFromLimit])),
    certificateKinds: new Set(baseline.certificateKinds.map((kind) => kind.code)),
  };
}

/**
 * Reads the release's catalogue and checks it by the rules every draft is checked by: a release
 * with a bad item does not start, rather than publish it.
 */
export function readCatalogueDirectory(directory = CATALOGUE_DIR): CatalogueBaseline {
  const read = (name: string) => readFileSync(path.join(directory, name), 'utf8');
  const vocabulary = {
    agencies: readList('agencies.yaml', read('agencies.yaml'), agencyShape),
    stageKinds: readList('stage-kinds.yaml', read('stage-kinds.yaml'), stageKindShape),
    certificateKinds: readList('certificate-kinds.yaml', read('certificate-kinds.yaml'), certificateKindShape),
  };
  const items = readdirSync(path.join(directory, 'items'))
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join('items', name);
      const parsed = readItemFile(name, read(file));
      const problems = parsed.value
        ? [
            ...(parsed.value.code && parsed.value.version
              ? []
              : [{ field: 'code', message: 'a release item names its code and version' }]),
            ...itemProblems(parsed.value.code ?? '', parsed.value, vocabularyOf(vocabulary)),
          ]
        : parsed.problems;
      const { code, version } = parsed.value ?? {};
      if (!parsed.value || !code || !version || problems.length > 0) {
        const list = problems.map((problem) => `${problem.field} ${problem.message}`).join('; ');
        throw new Error(`catalogue/${file}: ${list}`);
      }
      return { ...parsed.value, code, version, file };
    });
  return { ...vocabulary, items };
}

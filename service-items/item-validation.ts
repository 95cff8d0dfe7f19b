import type { FieldProblem } from '../api/errors';
import { FORM_SCHEMA_DIALECTS, formAjv, isFormSchemaDialect } from '../cases/form-validation';
import { WINDOW_AGENCY, type Condition, type ConditionValue } from '../domain/definition';
import type { ItemContent } from './item-definition';
import { pathName } from './item-file';

/** What the catalogue knows now: the codes an item may name. */
export interface CatalogueVocabulary {
  agencies: ReadonlySet<string>;
  /** Stage kind code → whether the law leaves its time out of the limit. */
  stageKinds: ReadonlyMap<string, boolean>;
  certificateKinds: ReadonlySet<string>;
}

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, SchemaNode>;
}

/** The schema of a dotted field path, if the form has that field. */
function fieldSchema(schema: SchemaNode, field: string): SchemaNode | undefined {
  return field
    .split('.')
    .reduce<SchemaNode | undefined>(
      (node, key) => (node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined),
      schema,
    );
}

function typesOf(node: SchemaNode): string[] {
  if (node.type === undefined) return [];
  return Array.isArray(node.type) ? node.type : [node.type];
}

/** Whether a value could be the field's: its JSON type is one the field has, and one of its enum if it has one. */
function valueFits(node: SchemaNode, value: ConditionValue): boolean {
  const types = typesOf(node);
  const fits =
    typeof value === 'number'
      ? types.includes('number') || (types.includes('integer') && Number.isInteger(value))
      : types.includes(typeof value);
  return fits && (node.enum === undefined || node.enum.includes(value));
}

const ORDERED_STRING_FORMATS = ['date', 'date-time'];

function conditionProblems(condition: Condition, schema: SchemaNode, path: string): FieldProblem[] {
  if ('and' in condition)
    return condition.and.flatMap((part, index) => conditionProblems(part, schema, `${path}.and[${index}]`));
  if ('or' in condition)
    return condition.or.flatMap((part, index) => conditionProblems(part, schema, `${path}.or[${index}]`));
  const node = fieldSchema(schema, condition.field);
  if (!node) return [{ field: `${path}.field`, message: `${condition.field} is not a field of the form` }];
  const types = typesOf(node).join(' or ') || 'untyped';
  if (condition.op === 'in') {
    return condition.value.flatMap((value, index) =>
      valueFits(node, value)
        ? []
        : [
            {
              field: `${path}.value[${index}]`,
              message: `${JSON.stringify(value)} cannot be a value of ${condition.field} (${types})`,
            },
          ],
    );
  }
  if (!valueFits(node, condition.value)) {
    return [
      {
        field: `${path}.value`,
        message: `${JSON.stringify(condition.value)} cannot be a value of ${condition.field} (${types})`,
      },
    ];
  }
  const ordered =
    typesOf(node).some((type) => type === 'number' || type === 'integer') ||
    (typeof condition.value === 'string' && ORDERED_STRING_FORMATS.includes(node.format ?? ''));
  if (condition.op !== 'eq' && condition.op !== 'ne' && !ordered) {
    return [
      { field: `${path}.op`, message: `${condition.op} compares numbers or dates; ${condition.field} is ${types}` },
    ];
  }
  return [];
}

/** The form schema is JSON Schema of a dialect forms are validated in, and compiles under its strict rules. */
function formSchemaProblems(schema: Record<string, unknown>): FieldProblem[] {
  const dialect = schema.$schema;
  if (!isFormSchemaDialect(dialect)) {
    return [{ field: 'formSchema.$schema', message: `must be one of ${Object.keys(FORM_SCHEMA_DIALECTS).join(', ')}` }];
  }
  const ajv = formAjv(dialect, '2000-01-01');
  if (!ajv.validateSchema(schema)) {
    return (ajv.errors ?? []).map((error) => ({
      field: pathName(error.instancePath.split('/').filter(Boolean), 'formSchema'),
      message: error.message ?? 'is not valid JSON Schema',
    }));
  }
  try {
    ajv.compile(schema);
  } catch (error) {
    // Strict mode: an unknown keyword or format, a property required but not defined, and so on.
    return [{ field: 'formSchema', message: (error as Error).message }];
  }
  if (schema.type !== 'object') return [{ field: 'formSchema.type', message: 'must be "object": a form is an object' }];
  return [];
}

/**
 * Everything a version must be before it goes to review, each problem named by its path in the
 * item (`process.stages[1].reviewers[0].agency`). The shape is item-file.ts's to check; this
 * checks what refers to something: the form, the catalogue's codes, the item's own code.
 */
export function itemProblems(code: string, item: ItemContent, vocabulary: CatalogueVocabulary): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const schema = item.formSchema as SchemaNode;
  problems.push(...formSchemaProblems(item.formSchema));
  if (item.promisedDays > item.statutoryDays) {
    problems.push({
      field: 'promisedDays',
      message: `${item.promisedDays} is more than the ${item.statutoryDays} statutory days`,
    });
  }
  if (item.warningDays !== undefined && item.warningDays >= item.promisedDays) {
    problems.push({ field: 'warningDays', message: `must be fewer than the ${item.promisedDays} promised days` });
  }

  const materialCode = new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-M[0-9]{2}$`);
  const seen = new Set<string>();
  item.materials.forEach((material, index) => {
    const path = `materials[${index}]`;
    if (!materialCode.test(material.code)) {
      problems.push({ field: `${path}.code`, message: `must be ${code}-M followed by two digits, e.g. ${code}-M01` });
    } else if (seen.has(material.code)) {
      problems.push({ field: `${path}.code`, message: `${material.code} is given twice` });
    }
    seen.add(material.code);
    if (material.when) {
      if (material.required)
        problems.push({
          field: `${path}.required`,
          message: 'must be false for a material required only when its condition holds',
        });
      problems.push(...conditionProblems(material.when, schema, `${path}.when`));
    }
    if (!material.required && !material.condition) {
      problems.push({
        field: `${path}.condition`,
        message: 'say when a material that is not always required is needed',
      });
    }
  });

  const [acceptance] = item.process.stages;
  if (
    acceptance.name !== 'ACCEPTANCE' ||
    acceptance.reviewers.some((reviewer) => reviewer.agency !== WINDOW_AGENCY || reviewer.when)
  ) {
    // The case's clock starts when the window accepts it (行政许可法 Art. 32): stage 1 is that.
    problems.push({
      field: 'process.stages[0]',
      message: `must be ACCEPTANCE by ${WINDOW_AGENCY} alone, without a condition`,
    });
  }
  const reviewingStage = new Map<string, number>();
  item.process.stages.forEach((stage, index) => {
    const path = `process.stages[${index}]`;
    if (stage.reviewers.every((reviewer) => reviewer.when)) {
      problems.push({
        field: `${path}.reviewers`,
        message: 'needs a reviewer without a condition, so that the stage always has one',
      });
    }
    const excluded = vocabulary.stageKinds.get(stage.name);
    if (excluded === undefined)
      problems.push({ field: `${path}.name`, message: `${stage.name} is not a stage kind of the catalogue` });
    else if (stage.excludedFromLimit !== undefined && stage.excludedFromLimit !== excluded) {
      problems.push({
        field: `${path}.excludedFromLimit`,
        message: excluded
          ? `a ${stage.name} stage is left out of the time limit by law`
          : `a ${stage.name} stage counts toward the time limit`,
      });
    }
    stage.reviewers.forEach((reviewer, position) => {
      const reviewerPath = `${path}.reviewers[${position}]`;
      if (!vocabulary.agencies.has(reviewer.agency)) {
        problems.push({
          field: `${reviewerPath}.agency`,
          message: `${reviewer.agency} is not an agency of the catalogue`,
        });
      } else if (reviewingStage.has(reviewer.agency)) {
        // A task is named by its case, agency and round: an agency reviews in one stage of a case.
        problems.push({
          field: `${reviewerPath}.agency`,
          message: `${reviewer.agency} already reviews in stage ${reviewingStage.get(reviewer.agency)! + 1}`,
        });
      }
      reviewingStage.set(reviewer.agency, reviewingStage.get(reviewer.agency) ?? index);
      if (reviewer.when) problems.push(...conditionProblems(reviewer.when, schema, `${reviewerPath}.when`));
    });
  });
  const certificate = item.process.issuance.certificate;
  if (!vocabulary.certificateKinds.has(certificate)) {
    problems.push({
      field: 'process.issuance.certificate',
      message: `${certificate} is not a certificate kind of the catalogue`,
    });
  }
  return problems;
}

/** The process as cases run it: each stage says whether the law leaves it out of the limit, as its kind does. */
export function normalisedProcess(item: ItemContent, vocabulary: CatalogueVocabulary): ItemContent['process'] {
  return {
    ...item.process,
    stages: item.process.stages.map(({ excludedFromLimit: _stated, ...stage }) =>
      vocabulary.stageKinds.get(stage.name) ? { ...stage, excludedFromLimit: true } : stage,
    ),
  };
}

import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Table, Tabs, Typography } from 'antd';
import { request } from '../api';
import { graphql } from '../gql';
import type { AgencyInput, CertificateKindInput, StageKindInput } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { AddVocabularyForm } from './AddVocabularyForm';
import { CATALOGUE_ADMIN } from './catalogue-queries';

const VocabularyQuery = graphql(`
  query CatalogueVocabulary {
    agencies {
      code
      name
      nameEn
    }
    stageKinds {
      code
      name
      nameEn
      excludedFromLimit
    }
    certificateKinds {
      code
      name
      nameEn
      numberPattern
      mintsUscc
    }
  }
`);

const AddAgency = graphql(`
  mutation AddAgency($input: AgencyInput!) {
    addAgency(input: $input) {
      code
    }
  }
`);

const AddStageKind = graphql(`
  mutation AddStageKind($input: StageKindInput!) {
    addStageKind(input: $input) {
      code
    }
  }
`);

const AddCertificateKind = graphql(`
  mutation AddCertificateKind($input: CertificateKindInput!) {
    addCertificateKind(input: $input) {
      code
    }
  }
`);

const texts = defineTexts(
  {
    title: '部门与类别',
    agencies: '审批部门',
    stageKinds: '环节类别',
    certificateKinds: '证照类别',
    code: '编码',
    codeHelp: '大写字母、数字和下划线，如 HEALTH',
    name: '中文名称',
    nameEn: '英文名称',
    excludedFromLimit: '不计入法定时限（听证、检验检测、专家评审等）',
    numberPattern: '编号规则',
    numberPatternHelp:
      '可用 {item}（事项编码）、{year}（发证年份）和 {serial}（六位流水号，必含），如 {item}-{year}-{serial}',
    mintsUscc: '赋统一社会信用代码',
    yes: '是',
    no: '否',
    addAgency: '添加部门',
    addStageKind: '添加环节类别',
    addCertificateKind: '添加证照类别',
  },
  {
    title: 'Agencies and kinds',
    agencies: 'Agencies',
    stageKinds: 'Stage kinds',
    certificateKinds: 'Certificate kinds',
    code: 'Code',
    codeHelp: 'Upper-case letters, digits and _, e.g. HEALTH',
    name: 'Chinese name',
    nameEn: 'English name',
    excludedFromLimit: 'Left out of the statutory limit (hearings, testing, expert review…)',
    numberPattern: 'Numbering rule',
    numberPatternHelp:
      '{item} (the item code), {year} (the year of issue) and {serial} (six digits, required), e.g. {item}-{year}-{serial}',
    mintsUscc: 'Carries a unified social credit code',
    yes: 'Yes',
    no: 'No',
    addAgency: 'Add an agency',
    addStageKind: 'Add a stage kind',
    addCertificateKind: 'Add a certificate kind',
  },
);

/** 部门与类别: the agencies, stage kinds and certificate kinds items may name, and adding one. */
export function Vocabulary() {
  const { t } = useText(texts);
  const vocabulary = useQuery({ queryKey: [CATALOGUE_ADMIN, 'vocabulary'], queryFn: () => request(VocabularyQuery) });
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const named = [
    { title: t('code'), dataIndex: 'code' },
    { title: t('name'), dataIndex: 'name' },
    { title: t('nameEn'), dataIndex: 'nameEn' },
  ];
  const codeFields = [
    { name: 'code', label: t('code'), extra: t('codeHelp') },
    { name: 'name', label: t('name') },
    { name: 'nameEn', label: t('nameEn') },
  ];
  const table = <Row extends { code: string }>(rows: Row[] | undefined, columns: object[]) => (
    <Table
      size="small"
      rowKey="code"
      loading={vocabulary.isPending}
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={columns}
    />
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('title')}</Typography.Title>
      {vocabulary.error && <Alert type="error" title={vocabulary.error.message} />}
      <Tabs
        items={[
          {
            key: 'agencies',
            label: t('agencies'),
            children: (
              <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                {table(vocabulary.data?.agencies, named)}
                <Card title={t('addAgency')}>
                  <AddVocabularyForm<AgencyInput>
                    fields={codeFields}
                    add={async (input) => (await request(AddAgency, { input })).addAgency}
                  />
                </Card>
              </Space>
            ),
          },
          {
            key: 'stage-kinds',
            label: t('stageKinds'),
            children: (
              <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                {table(vocabulary.data?.stageKinds, [
                  ...named,
                  {
                    title: t('excludedFromLimit'),
                    render: (_: unknown, kind: { excludedFromLimit: boolean }) => yesNo(kind.excludedFromLimit),
                  },
                ])}
                <Card title={t('addStageKind')}>
                  <AddVocabularyForm<StageKindInput>
                    fields={[...codeFields, { name: 'excludedFromLimit', label: t('excludedFromLimit'), flag: true }]}
                    add={async (input) => (await request(AddStageKind, { input })).addStageKind}
                  />
                </Card>
              </Space>
            ),
          },
          {
            key: 'certificate-kinds',
            label: t('certificateKinds'),
            children: (
              <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                {table(vocabulary.data?.certificateKinds, [
                  ...named,
                  { title: t('numberPattern'), dataIndex: 'numberPattern' },
                  {
                    title: t('mintsUscc'),
                    render: (_: unknown, kind: { mintsUscc: boolean }) => yesNo(kind.mintsUscc),
                  },
                ])}
                <Card title={t('addCertificateKind')}>
                  <AddVocabularyForm<CertificateKindInput>
                    fields={[
                      ...codeFields,
                      { name: 'numberPattern', label: t('numberPattern'), extra: t('numberPatternHelp') },
                      { name: 'mintsUscc', label: t('mintsUscc'), flag: true },
                    ]}
                    add={async (input) => (await request(AddCertificateKind, { input })).addCertificateKind}
                  />
                </Card>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, List, Space, Steps, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { useText } from '../i18n';
import { useIdentity } from '../session';

const GuideQuery = graphql(`
  query ItemGuide($code: String!) {
    serviceItem(code: $code) {
      code
      version
      name
      nameEn
      statutoryDays
      promisedDays
      agencies {
        code
        name
        nameEn
      }
      guide {
        summary
        summaryEn
        steps {
          title
          titleEn
          detail
        }
        tips
        legalBasis
      }
      materials {
        code
        name
        nameEn
        required
        condition
        description
        formats
      }
    }
  }
`);

/** 办事指南: what an item needs, how it runs and by what law, before anyone applies. */
export function ItemGuide() {
  const { code = '' } = useParams();
  const { t, pick } = useText();
  const identity = useIdentity();
  const guide = useQuery({ queryKey: ['guide', code], queryFn: () => request(GuideQuery, { code }) });
  if (guide.error) return <Alert type="error" message={guide.error.message} />;
  const item = guide.data?.serviceItem;
  if (guide.data && !item) return <Alert type="warning" message={`${t('noItem')}: ${code}`} />;
  if (!item) return null;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/">
        <Button>{t('back')}</Button>
      </Link>
      <Typography.Title level={3}>
        {pick(item.name, item.nameEn)} <Tag>{item.code}</Tag>
      </Typography.Title>
      {(!identity || identity.role === 'APPLICANT') && (
        <Link to={`/items/${item.code}/apply`}>
          <Button type="primary">{t('apply')}</Button>
        </Link>
      )}
      <Typography.Paragraph>{pick(item.guide.summary, item.guide.summaryEn)}</Typography.Paragraph>
      <Descriptions bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('statutoryDays')}>
          {item.statutoryDays} {t('workingDays')}
        </Descriptions.Item>
        <Descriptions.Item label={t('promisedDays')}>
          {item.promisedDays} {t('workingDays')}
        </Descriptions.Item>
        <Descriptions.Item label={t('agencies')} span={2}>
          {item.agencies.map((agency) => pick(agency.name, agency.nameEn)).join('、')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('steps')}</Typography.Title>
      <Steps
        direction="vertical"
        items={item.guide.steps.map((step) => ({ title: pick(step.title, step.titleEn), description: step.detail }))}
      />
      <Typography.Title level={4}>{t('materials')}</Typography.Title>
      <List
        bordered
        dataSource={item.materials}
        renderItem={(material) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space wrap>
                  {pick(material.name, material.nameEn)}
                  <Tag color={material.required ? 'red' : 'default'}>
                    {material.required ? t('required') : t('optional')}
                  </Tag>
                  <Tag>
                    {t('formats')}: {material.formats.join(' / ')}
                  </Tag>
                </Space>
              }
              description={[material.description, material.condition].filter(Boolean).join(' ')}
            />
          </List.Item>
        )}
      />
      <Typography.Title level={4}>{t('tips')}</Typography.Title>
      <List dataSource={item.guide.tips} renderItem={(tip) => <List.Item>{tip}</List.Item>} />
      <Typography.Title level={4}>{t('legalBasis')}</Typography.Title>
      <List dataSource={item.guide.legalBasis} renderItem={(law) => <List.Item>{law}</List.Item>} />
    </Space>
  );
}

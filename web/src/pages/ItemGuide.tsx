import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { ButtonLink } from '../ButtonLink';
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
  if (guide.error) return <Alert type="error" title={guide.error.message} />;
  const item = guide.data?.serviceItem;
  if (guide.data && !item) return <Alert type="warning" title={`${t('noItem')}: ${code}`} />;
  if (!item) return null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ButtonLink to="/">{t('back')}</ButtonLink>
      <Typography.Title level={1}>
        {pick(item.name, item.nameEn)} <Tag>{item.code}</Tag>
      </Typography.Title>
      {(!identity || identity.role === 'APPLICANT') && (
        <ButtonLink to={`/items/${item.code}/apply`} type="primary">
          {t('apply')}
        </ButtonLink>
      )}
      <Typography.Paragraph>{pick(item.guide.summary, item.guide.summaryEn)}</Typography.Paragraph>
      <Descriptions bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('statutoryDays')}>
          {item.statutoryDays} {t('workingDays')}
        </Descriptions.Item>
        <Descriptions.Item label={t('promisedDays')}>
          {item.promisedDays} {t('workingDays')}
        </Descriptions.Item>
        <Descriptions.Item label={t('agencies')} span="filled">
          {item.agencies.map((agency) => pick(agency.name, agency.nameEn)).join('、')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2}>{t('steps')}</Typography.Title>
      <Steps
        orientation="vertical"
        items={item.guide.steps.map((step) => ({ title: pick(step.title, step.titleEn), content: step.detail }))}
      />
      <Typography.Title level={2}>{t('materials')}</Typography.Title>
      <Typography>
        <ul>
          {item.materials.map((material) => (
            <li key={material.code}>
              <Space wrap>
                {pick(material.name, material.nameEn)}
                <Tag color={material.required ? 'red' : 'default'}>
                  {material.required ? t('required') : t('optional')}
                </Tag>
                <Tag>
                  {t('formats')}: {material.formats.join(' / ')}
                </Tag>
              </Space>
              <br />
              <Typography.Text type="secondary">
                {[material.description, material.condition].filter(Boolean).join(' ')}
              </Typography.Text>
            </li>
          ))}
        </ul>
      </Typography>
      <Typography.Title level={2}>{t('tips')}</Typography.Title>
      <Typography>
        <ul>
          {item.guide.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </Typography>
      <Typography.Title level={2}>{t('legalBasis')}</Typography.Title>
      <Typography>
        <ul>
          {item.guide.legalBasis.map((law) => (
            <li key={law}>{law}</li>
          ))}
        </ul>
      </Typography>
    </Space>
  );
}

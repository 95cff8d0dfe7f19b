import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { ButtonLink } from '../ButtonLink';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';

const texts = defineTexts(
  {
    printNotice: '打印告知单',
    qrCode: '本指南的二维码',
    qrCaption: '扫码在手机上查看本指南；海报和告知单上印的是同一个二维码。',
  },
  {
    printNotice: 'Print notice',
    qrCode: 'QR code of this guide',
    qrCaption: 'Scan to open this guide on a phone; posters and the printed notice carry the same code.',
  },
);

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
  const { t, pick } = useText(texts);
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
      <Space wrap>
        {(!identity || identity.role === 'APPLICANT') && (
          <ButtonLink to={`/items/${item.code}/apply`} type="primary">
            {t('apply')}
          </ButtonLink>
        )}
        {/* The version shown here, so that the notice says what this page says. */}
        <Button
          href={`/catalogue/${encodeURIComponent(item.code)}/${item.version}/notice.pdf`}
          target="_blank"
          icon={<PrinterOutlined />}
        >
          {t('printNotice')}
        </Button>
      </Space>
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
      <figure style={{ margin: 0 }}>
        <img src={`/catalogue/${encodeURIComponent(item.code)}/qr.svg`} alt={t('qrCode')} width={160} height={160} />
        <figcaption>
          <Typography.Text type="secondary">{t('qrCaption')}</Typography.Text>
        </figcaption>
      </figure>
    </Space>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Input, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { useText } from '../i18n';

const CatalogueQuery = graphql(`
  query Catalogue($search: String) {
    serviceItems(search: $search) {
      code
      version
      name
      nameEn
      statutoryDays
      promisedDays
      guide {
        summary
        summaryEn
      }
      agencies {
        code
        name
        nameEn
      }
    }
  }
`);

// Two columns of cards where there is room, one on a phone.
const CARD_GRID = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
  gap: 16,
  listStyle: 'none',
  margin: 0,
  padding: 0,
};

/** 服务事项: the hall's catalogue, searchable by name or code, open to everyone. */
export function Catalogue() {
  const { t, pick } = useText();
  const [search, setSearch] = useState('');
  const items = useQuery({
    queryKey: ['catalogue', search],
    queryFn: () => request(CatalogueQuery, { search: search || null }),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('catalogue')}</Typography.Title>
      <Input.Search allowClear placeholder={t('search')} onSearch={setSearch} aria-label={t('search')} />
      {items.error && <Alert type="error" title={items.error.message} />}
      {items.isPending && <Spin />}
      <ul style={CARD_GRID}>
        {(items.data?.serviceItems ?? []).map((item) => (
          <li key={item.code}>
            <Card
              style={{ width: '100%' }}
              title={<Link to={`/items/${item.code}`}>{pick(item.name, item.nameEn)}</Link>}
              extra={item.code}
            >
              <Typography.Paragraph ellipsis={{ rows: 2 }}>
                {pick(item.guide.summary, item.guide.summaryEn)}
              </Typography.Paragraph>
              <Space wrap>
                <Tag color="blue">
                  {t('statutoryDays')} {item.statutoryDays} {t('workingDays')}
                </Tag>
                <Tag color="success">
                  {t('promisedDays')} {item.promisedDays} {t('workingDays')}
                </Tag>
                {item.agencies.map((agency) => (
                  <Tag key={agency.code}>{pick(agency.name, agency.nameEn)}</Tag>
                ))}
              </Space>
            </Card>
          </li>
        ))}
      </ul>
    </Space>
  );
}

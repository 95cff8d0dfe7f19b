import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Input, List, Space, Tag, Typography } from 'antd';
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

/** 服务事项: the hall's catalogue, searchable by name or code, open to everyone. */
export function Catalogue() {
  const { t, pick } = useText();
  const [search, setSearch] = useState('');
  const items = useQuery({
    queryKey: ['catalogue', search],
    queryFn: () => request(CatalogueQuery, { search: search || null }),
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('catalogue')}</Typography.Title>
      <Input.Search allowClear placeholder={t('search')} onSearch={setSearch} aria-label={t('search')} />
      {items.error && <Alert type="error" message={items.error.message} />}
      <List
        loading={items.isPending}
        grid={{ gutter: 16, xs: 1, md: 2 }}
        dataSource={items.data?.serviceItems ?? []}
        renderItem={(item) => (
          <List.Item>
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
                <Tag color="green">
                  {t('promisedDays')} {item.promisedDays} {t('workingDays')}
                </Tag>
                {item.agencies.map((agency) => (
                  <Tag key={agency.code}>{pick(agency.name, agency.nameEn)}</Tag>
                ))}
              </Space>
            </Card>
          </List.Item>
        )}
      />
    </Space>
  );
}

import { Tag } from 'antd';
import type { ItemStatus } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';

const texts = defineTexts(
  { DRAFT: '草稿', IN_REVIEW: '待审核', PUBLISHED: '已发布', RETIRED: '已停止受理', current: '现行' },
  { DRAFT: 'Draft', IN_REVIEW: 'In review', PUBLISHED: 'Published', RETIRED: 'Retired', current: 'Current' },
);

// The theme's status colours, which keep their text readable (see DESK_THEME in App.tsx).
const COLOURS: Record<ItemStatus, string | undefined> = {
  DRAFT: 'warning',
  IN_REVIEW: 'processing',
  PUBLISHED: 'success',
  RETIRED: undefined,
};

/** A version's place in its life; the one new cases use is marked current. */
export function ItemStatusTag({ status, current }: { status: ItemStatus; current?: boolean }) {
  const { t } = useText(texts);
  return (
    <>
      <Tag color={COLOURS[status]}>{t(status)}</Tag>
      {current && <Tag color="blue">{t('current')}</Tag>}
    </>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Space, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { CATALOGUE_ADMIN, catalogueChanged, versionPath } from './catalogue-queries';
import { DraftEditor } from './DraftEditor';
import { contentOf, contentText, NEW_ITEM_TEXT } from './item-content';
import { ItemStatusTag } from './ItemStatusTag';
import { SentBackReasons } from './SentBackReasons';

const CurrentQuery = graphql(`
  query DraftFrom($code: String!) {
    serviceItem(code: $code) {
      code
      version
      ...ItemContent
    }
  }
`);

const DraftQuery = graphql(`
  query DraftToEdit($code: String!, $version: Int!) {
    serviceItem(code: $code, version: $version) {
      code
      version
      status
      editedBy
      reviewedBy
      sentBackReasons {
        path
        reason
      }
      ...ItemContent
    }
  }
`);

const DraftItemMutation = graphql(`
  mutation DraftServiceItem($code: String, $content: JSON!) {
    draftServiceItem(code: $code, content: $content) {
      code
      version
    }
  }
`);

const ChangeDraftMutation = graphql(`
  mutation ChangeServiceItemDraft($code: String!, $version: Int!, $content: JSON!) {
    changeServiceItemDraft(code: $code, version: $version, content: $content) {
      code
      version
    }
  }
`);

const SubmitMutation = graphql(`
  mutation SubmitServiceItemForReview($code: String!, $version: Int!) {
    submitServiceItemForReview(code: $code, version: $version) {
      code
      version
      status
    }
  }
`);

const texts = defineTexts(
  {
    newItem: '新建事项',
    newVersion: '起草新版本',
    editDraft: '编辑草稿',
    newItemHelp: '保存后按编码规则取得事项编码。',
    newVersionHelp: '以现行版本 v{version} 为底稿；保存后成为 v{next} 草稿。',
    noItem: '没有这个事项或版本',
    notDraft: '此版本已不是草稿，不能修改。',
    toVersion: '查看',
    writtenBy: '编写人',
  },
  {
    newItem: 'New item',
    newVersion: 'Draft a new version',
    editDraft: 'Edit draft',
    newItemHelp: 'Saving gives it its code by the coding rule.',
    newVersionHelp: 'Starts from version {version} in force; saving makes it the draft of version {next}.',
    noItem: 'No such item or version',
    notDraft: 'This version is no longer a draft and cannot be changed.',
    toVersion: 'Open',
    writtenBy: 'Written by',
  },
);

/** 起草: a new item, a new version of one (`?code=`), or a draft to go on with (`/:code/:version/edit`). */
export function DraftItem() {
  const { code, version } = useParams();
  const [params] = useSearchParams();
  if (code && version) return <EditDraft code={code} version={Number(version)} />;
  const from = params.get('code');
  return from ? <NewVersion code={from} /> : <NewItem />;
}

function useSaveNew(code?: string) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  return async (content: unknown) => {
    const { draftServiceItem: saved } = await request(DraftItemMutation, { code: code ?? null, content });
    await catalogueChanged(queries);
    await navigate(`/admin/catalogue/${saved.code}/${saved.version}/edit`, { replace: true });
  };
}

function NewItem() {
  const { t } = useText(texts);
  const save = useSaveNew();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>{t('newItem')}</Typography.Title>
      <Typography.Paragraph>{t('newItemHelp')}</Typography.Paragraph>
      <DraftEditor initialText={NEW_ITEM_TEXT} onSave={save} />
    </Space>
  );
}

function NewVersion({ code }: { code: string }) {
  const { t, pick } = useText(texts);
  const save = useSaveNew(code);
  const current = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'item', code, 'current'],
    queryFn: () => request(CurrentQuery, { code }),
  });
  const item = current.data?.serviceItem;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('newVersion')}: {code} {item && pick(item.name, item.nameEn)}
      </Typography.Title>
      {current.isPending && <Spin />}
      {current.error && <Alert type="error" title={current.error.message} />}
      {current.data && !item && <Alert type="warning" title={`${t('noItem')}: ${code}`} />}
      {item && (
        <>
          <Typography.Paragraph>
            {t('newVersionHelp')
              .replace('{version}', String(item.version))
              .replace('{next}', String(item.version + 1))}
          </Typography.Paragraph>
          <DraftEditor code={code} initialText={contentText(contentOf(item))} onSave={save} />
        </>
      )}
    </Space>
  );
}

function EditDraft({ code, version }: { code: string; version: number }) {
  const { t, pick } = useText(texts);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const draft = useQuery({
    queryKey: [CATALOGUE_ADMIN, 'item', code, version, 'draft'],
    queryFn: () => request(DraftQuery, { code, version }),
  });
  const item = draft.data?.serviceItem;
  const save = async (content: unknown) => {
    await request(ChangeDraftMutation, { code, version, content });
    await catalogueChanged(queries);
  };
  const submit = async () => {
    await request(SubmitMutation, { code, version });
    await catalogueChanged(queries);
    await navigate(versionPath(code, version, 'IN_REVIEW'));
  };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {t('editDraft')}: {code} v{version} {item && pick(item.name, item.nameEn)}
      </Typography.Title>
      {draft.isPending && <Spin />}
      {draft.error && <Alert type="error" title={draft.error.message} />}
      {draft.data && !item && <Alert type="warning" title={`${t('noItem')}: ${code} v${version}`} />}
      {item && (
        <>
          <Space wrap>
            <ItemStatusTag status={item.status} />
            <Typography.Text>
              {t('writtenBy')}: {item.editedBy.join(', ')}
            </Typography.Text>
          </Space>
          {item.status === 'DRAFT' && item.sentBackReasons && item.sentBackReasons.length > 0 && (
            <SentBackReasons reasons={item.sentBackReasons} reviewer={item.reviewedBy} />
          )}
          {item.status !== 'DRAFT' && (
            <Alert
              type="info"
              title={t('notDraft')}
              action={<Link to={versionPath(code, version, item.status)}>{t('toVersion')}</Link>}
            />
          )}
          <DraftEditor
            // Fetched again after a save: the editor keeps what is typed rather than starting over.
            key={`${code}@${version}`}
            code={code}
            initialText={contentText(contentOf(item))}
            readOnly={item.status !== 'DRAFT'}
            onSave={save}
            onSubmit={submit}
          />
        </>
      )}
    </Space>
  );
}

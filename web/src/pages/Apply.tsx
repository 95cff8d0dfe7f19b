import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ButtonLink } from '../ButtonLink';
import { ApiError, request, type FieldProblem } from '../api';
import { MaterialUploads, useChosenDocuments } from '../documents/MaterialUploads';
import { ItemForm } from '../forms/ItemForm';
import { materialProblems } from '../forms/problems';
import { RefusalAlert } from '../forms/RefusalAlert';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';
import { randomText } from '../random-text';

const texts = defineTexts(
  {
    form: '申请表',
    submit: '提交申请',
    applicantsOnly: '请以申请人身份登录后申请',
    refused: '申请未提交：请按提示修改',
  },
  {
    form: 'Application form',
    submit: 'Submit the application',
    applicantsOnly: 'Sign in as an applicant to apply',
    refused: 'Not submitted: correct what is shown',
  },
);

const ApplyQuery = graphql(`
  query Apply($code: String!) {
    serviceItem(code: $code) {
      code
      version
      name
      nameEn
      formSchema
      materials {
        ...MaterialToUpload
      }
    }
  }
`);

const SubmitApplication = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      id
    }
  }
`);

/** 在线申请: the item's form from its published schema, one upload per material, and submission. */
export function Apply() {
  const { code = '' } = useParams();
  const { t, pick } = useText(texts);
  const identity = useIdentity();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const { chosen, choose, attachments } = useChosenDocuments();
  // One key for this sitting at the form, so that a submission sent twice makes one case.
  const [idempotencyKey] = useState(randomText);
  const [refusal, setRefusal] = useState<FieldProblem[]>();
  const item = useQuery({ queryKey: ['apply', code], queryFn: () => request(ApplyQuery, { code }) });
  const submit = useMutation({
    mutationFn: () =>
      request(SubmitApplication, {
        input: {
          itemCode: code,
          formData,
          idempotencyKey,
          documents: attachments,
        },
      }),
    onSuccess: async ({ submitApplication }) => {
      await queries.invalidateQueries({ queryKey: ['my-cases'] });
      await navigate(`/cases/${submitApplication.id}`);
    },
    onError: (error) => setRefusal(error instanceof ApiError ? error.fields : []),
  });

  if (identity?.role !== 'APPLICANT') {
    return <Alert type="info" title={<Link to="/sign-in">{t('applicantsOnly')}</Link>} />;
  }
  if (item.error) return <Alert type="error" title={item.error.message} />;
  const found = item.data?.serviceItem;
  if (item.data && !found) return <Alert type="warning" title={`${t('noItem')}: ${code}`} />;
  if (!found) return null;
  const problems = refusal ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <ButtonLink to={`/items/${found.code}`}>{t('back')}</ButtonLink>
      <Typography.Title level={1}>
        {t('apply')}: {pick(found.name, found.nameEn)} <Tag>{found.code}</Tag>
      </Typography.Title>
      <Typography.Title level={2}>{t('form')}</Typography.Title>
      <ItemForm item={found} formData={formData} onChange={setFormData} showAll={refusal !== undefined} />
      <Typography.Title level={2}>{t('materials')}</Typography.Title>
      <MaterialUploads
        materials={found.materials}
        chosen={chosen}
        onChosen={choose}
        problems={(material) => materialProblems(problems, material)}
      />
      {submit.error && (
        <RefusalAlert
          error={submit.error}
          refused={t('refused')}
          materials={found.materials.map((material) => material.code)}
        />
      )}
      <Button type="primary" size="large" loading={submit.isPending} onClick={() => submit.mutate()}>
        {t('submit')}
      </Button>
    </Space>
  );
}

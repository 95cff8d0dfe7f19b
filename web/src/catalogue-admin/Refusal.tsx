import { Alert, Space } from 'antd';
import { ApiError } from '../api';
import { ProblemTable } from './ProblemTable';

/** What the API refused and why: its message, and every problem it named at its path. */
export function Refusal({ title, error }: { title: string; error: Error }) {
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="error" showIcon title={title} description={error.message} />
      {fields.length > 0 && <ProblemTable problems={fields} />}
    </Space>
  );
}

import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useText } from '../i18n';
import { claimsOf, hasExpired, signIn } from '../session';

/** Signing in with a token from the identity provider; the API checks it on every request. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useText();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  return (
    <Form
      layout="vertical"
      style={{ maxWidth: 640 }}
      onFinish={({ token }: { token: string }) => {
        const trimmed = token.trim();
        const claims = claimsOf(trimmed);
        if (!claims) return setProblem(t('tokenInvalid'));
        if (hasExpired(claims)) return setProblem(t('tokenExpired'));
        signIn(trimmed);
        onSignedIn();
        void navigate('/');
      }}
    >
      <Typography.Title level={3}>{t('signIn')}</Typography.Title>
      <Form.Item name="token" label={t('token')} extra={t('tokenHelp')} rules={[{ required: true }]}>
        <Input.TextArea rows={5} spellCheck={false} />
      </Form.Item>
      {problem && <Alert type="error" message={problem} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit">
        {t('signIn')}
      </Button>
    </Form>
  );
}

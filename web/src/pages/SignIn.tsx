import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { defineTexts, useText } from '../i18n';
import { startSignIn } from '../oidc';
import { demoToken, loadDemoPeople, loadSignInSettings, type DemoPerson, type SignInSettings } from '../sign-in-api';
import { claimsOf, hasExpired, signIn } from '../session';
import { startPage } from '../start-page';

const texts = defineTexts(
  {
    withProvider: '使用 {provider} 登录',
    demoPeople: '演示人员',
    demoHelp: '本机开发环境：点击一位演示人员即以其身份登录（令牌一小时内有效）',
    agencyStaff: '审批部门人员',
    orToken: '或粘贴访问令牌',
    settingsFailed: '无法读取登录设置',
    'role.APPLICANT': '申请人',
    'role.WINDOW': '窗口受理人员',
    'role.REVIEWER': '审查员',
    'role.SUPERVISOR': '督办员',
    'role.AUDITOR': '审计员',
    'role.ADMIN': '系统管理员',
  },
  {
    withProvider: 'Sign in with {provider}',
    demoPeople: 'Demo people',
    demoHelp: 'Development on this machine: click a demo person to sign in as them (the token lasts an hour)',
    agencyStaff: 'Agency staff',
    orToken: 'Or paste an access token',
    settingsFailed: 'The sign-in settings could not be read',
    'role.APPLICANT': 'Applicant',
    'role.WINDOW': 'Window clerk',
    'role.REVIEWER': 'Reviewer',
    'role.SUPERVISOR': 'Supervisor',
    'role.AUDITOR': 'Auditor',
    'role.ADMIN': 'Administrator',
  },
);

type RoleText = `role.${'APPLICANT' | 'WINDOW' | 'REVIEWER' | 'SUPERVISOR' | 'AUDITOR' | 'ADMIN'}`;

/** One button per demo person; an agency's reviewer and supervisor sit on its line. */
function DemoPeople({ onToken }: { onToken: (token: string) => void }) {
  const { t, pick } = useText(texts);
  const people = useQuery({ queryKey: ['demo-people'], queryFn: loadDemoPeople });
  const signInAs = useMutation({ mutationFn: demoToken, onSuccess: onToken });
  const role = (person: DemoPerson) => t(`role.${person.identity.role}` as RoleText);
  const button = (person: DemoPerson, label: string, name = label) => (
    <Button
      key={person.identity.sub}
      aria-label={name}
      loading={signInAs.isPending && signInAs.variables === person.identity.sub}
      onClick={() => signInAs.mutate(person.identity.sub)}
    >
      {label}
    </Button>
  );
  const agencies = new Map<string, DemoPerson[]>();
  for (const person of people.data ?? []) {
    if (person.identity.role !== 'REVIEWER' && person.identity.role !== 'SUPERVISOR') continue;
    agencies.set(person.agency!.code, [...(agencies.get(person.agency!.code) ?? []), person]);
  }
  const problem = people.error ?? signInAs.error;
  return (
    <Card title={t('demoPeople')} style={{ marginBottom: 24 }}>
      <Typography.Paragraph type="secondary">{t('demoHelp')}</Typography.Paragraph>
      {problem && <Alert type="error" title={problem.message} style={{ marginBottom: 16 }} />}
      {people.isPending && <Spin />}
      <Space wrap style={{ marginBottom: 16 }}>
        {(people.data ?? [])
          .filter((person) => !agencies.has(person.agency?.code ?? ''))
          .map((person) => button(person, role(person)))}
      </Space>
      <Typography.Title level={3}>{t('agencyStaff')}</Typography.Title>
      <Flex vertical gap={8}>
        {[...agencies.values()].map((staff) => {
          const agency = pick(staff[0].agency!.name, staff[0].agency!.nameEn);
          return (
            <Flex key={staff[0].agency!.code} wrap align="center" gap={8}>
              <Typography.Text style={{ minWidth: 240 }}>{agency}</Typography.Text>
              {staff.map((person) => button(person, role(person), `${agency} ${role(person)}`))}
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}

/** Pasting a token from the identity provider or `npm run token`, when there is no other way. */
function TokenForm({ settings, onToken }: { settings: SignInSettings; onToken: (token: string) => void }) {
  const { t } = useText(texts);
  const [problem, setProblem] = useState<string>();
  return (
    <Form
      layout="vertical"
      onFinish={({ token }: { token: string }) => {
        const trimmed = token.trim();
        const claims = claimsOf(trimmed, settings.claims);
        if (!claims) return setProblem(t('tokenInvalid'));
        if (hasExpired(claims)) return setProblem(t('tokenExpired'));
        onToken(trimmed);
      }}
    >
      <Typography.Title level={2}>{t('orToken')}</Typography.Title>
      <Form.Item name="token" label={t('token')} extra={t('tokenHelp')} rules={[{ required: true }]}>
        <Input.TextArea rows={5} spellCheck={false} />
      </Form.Item>
      {problem && <Alert type="error" title={problem} style={{ marginBottom: 16 }} />}
      <Button htmlType="submit">{t('signIn')}</Button>
    </Form>
  );
}

/**
 * Signing in: at the configured OpenID provider, as a demo person in development, or with a
 * pasted token; the API checks the token on every request.
 */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useText(texts);
  const navigate = useNavigate();
  const settings = useQuery({ queryKey: ['sign-in-settings'], queryFn: loadSignInSettings, staleTime: Infinity });
  const leaving = useMutation({ mutationFn: startSignIn });
  if (settings.isPending) return <Spin />;
  if (settings.isError) return <Alert type="error" title={`${t('settingsFailed')}: ${settings.error.message}`} />;
  const onToken = (token: string) => {
    signIn(token, settings.data.claims);
    onSignedIn();
    void navigate(startPage(claimsOf(token, settings.data.claims)?.role ?? ''));
  };
  const { oidc } = settings.data;
  return (
    <div style={{ maxWidth: 720 }}>
      <Typography.Title level={1}>{t('signIn')}</Typography.Title>
      {oidc && (
        <div style={{ marginBottom: 24 }}>
          <Button type="primary" size="large" loading={leaving.isPending} onClick={() => leaving.mutate(oidc)}>
            {t('withProvider').replace('{provider}', oidc.providerName)}
          </Button>
          {leaving.error && <Alert type="error" title={leaving.error.message} style={{ marginTop: 16 }} />}
        </div>
      )}
      {settings.data.demoSignIn && <DemoPeople onToken={onToken} />}
      <TokenForm settings={settings.data} onToken={onToken} />
    </div>
  );
}

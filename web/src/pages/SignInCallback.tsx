import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { defineTexts, useText } from '../i18n';
import { finishSignIn, SignInError } from '../oidc';
import { loadSignInSettings } from '../sign-in-api';
import { claimsOf, signIn } from '../session';
import { startPage } from '../start-page';

const texts = defineTexts(
  {
    'fault.refused': '身份提供方未予登录',
    'fault.unexpected': '这不是本页面发起的登录，已拒绝',
    'fault.provider': '无法连接身份提供方',
    'fault.token': '身份提供方未签发令牌',
    'fault.unreadable': '身份提供方的令牌未写明角色：请管理员配置角色声明（AUTH_ROLE_CLAIM）',
    noProvider: '未配置身份提供方',
    again: '重新登录',
  },
  {
    'fault.refused': 'The identity provider did not sign you in',
    'fault.unexpected': 'This is not a sign-in this page began; refused',
    'fault.provider': 'The identity provider could not be reached',
    'fault.token': 'The identity provider issued no token',
    'fault.unreadable':
      "The identity provider's token does not say the role: ask the administrator to configure the role claim (AUTH_ROLE_CLAIM)",
    noProvider: 'No identity provider is configured',
    again: 'Sign in again',
  },
);

/** Where the identity provider sends the browser back: the code becomes the tab's token. */
export function SignInCallback({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useText(texts);
  const navigate = useNavigate();
  const [answer] = useSearchParams();
  const settings = useQuery({ queryKey: ['sign-in-settings'], queryFn: loadSignInSettings, staleTime: Infinity });
  const oidc = settings.data?.oidc;
  // A query, so that the code is exchanged once however often the page renders.
  const exchange = useQuery({
    queryKey: ['sign-in-callback', answer.toString()],
    queryFn: () => finishSignIn(oidc!, answer),
    enabled: Boolean(oidc),
    staleTime: Infinity,
  });
  const token = exchange.data;
  const claims = settings.data?.claims;
  const role = token && claims ? claimsOf(token, claims)?.role : undefined;
  useEffect(() => {
    if (!token || !claims || !role) return;
    signIn(token, claims);
    onSignedIn();
    void navigate(startPage(role), { replace: true });
  }, [token, claims, role, onSignedIn, navigate]);

  const fault = (error: Error) => t(`fault.${error instanceof SignInError ? error.fault : 'provider'}`);
  let problem: string | undefined;
  if (settings.error) problem = settings.error.message;
  else if (settings.data && !oidc) problem = t('noProvider');
  else if (exchange.error) problem = `${fault(exchange.error)}: ${exchange.error.message}`;
  else if (token && !role) problem = t('fault.unreadable');
  if (!problem) return <Spin />;
  return (
    <Alert
      type="error"
      title={problem}
      action={<Button onClick={() => void navigate('/sign-in')}>{t('again')}</Button>}
    />
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Button, ConfigProvider, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { antdLocales, defineTexts, LanguageContext, useText, type Language } from './i18n';
import { Catalogue } from './pages/Catalogue';
import { CaseDetail } from './pages/CaseDetail';
import { ItemGuide } from './pages/ItemGuide';
import { MyCases } from './pages/MyCases';
import { officerRoutes, useOfficerMenu } from './officers/officer-screens';
import { SignIn } from './pages/SignIn';
import { SignInCallback } from './pages/SignInCallback';
import { claimsOf, currentToken, expiresAt, IdentityContext, signOut, type Identity } from './session';

// Screens for one role or one step are loaded when first opened, so that the catalogue, and an
// applicant's phone, do not download the form renderer or the audit and calendar screens.
const Apply = lazy(() => import('./pages/Apply').then((screen) => ({ default: screen.Apply })));
const AuditCase = lazy(() => import('./pages/AuditCase').then((screen) => ({ default: screen.AuditCase })));
const CalendarYears = lazy(() => import('./pages/CalendarYears').then((screen) => ({ default: screen.CalendarYears })));

// setTimeout takes at most 2^31 - 1 ms (about 24.8 days) and fires at once past it.
const LONGEST_TIMEOUT = 2 ** 31 - 1;

/** Calls `onExpired` when the identity's token reaches its `exp`, if it has one. */
function useExpiry(identity: Identity | undefined, onExpired: () => void) {
  const end = identity && expiresAt(identity);
  useEffect(() => {
    if (end === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const left = end - Date.now();
      if (left <= 0) onExpired();
      else timer = setTimeout(check, Math.min(left, LONGEST_TIMEOUT));
    };
    check();
    return () => clearTimeout(timer);
  }, [end, onExpired]);
}

const texts = defineTexts({ audit: '审计查询', calendar: '工作日历' }, { audit: 'Audit', calendar: 'Calendar' });

function Shell() {
  const { t, language, setLanguage } = useText(texts);
  const location = useLocation();
  const queries = useQueryClient();
  const [token, setToken] = useState(currentToken);
  const identity = token ? claimsOf(token) : undefined;
  // A hall PC is shared: whatever one person fetched must not be shown to the next, so a change
  // of person empties the cache, and the content below is keyed by the token so that what is on
  // screen is fetched again rather than kept.
  const changePerson = useCallback(
    (next: string | undefined) => {
      queries.clear();
      setToken(next);
    },
    [queries],
  );
  const signedIn = useCallback(() => changePerson(currentToken()), [changePerson]);
  const endSession = useCallback(() => {
    signOut();
    changePerson(undefined);
  }, [changePerson]);
  useExpiry(identity, endSession);
  const officerMenu = useOfficerMenu(identity?.role);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('title')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[location.pathname === '/' ? 'catalogue' : location.pathname]}
          style={{ flex: 1, minWidth: 0 }}
          items={[
            { key: 'catalogue', label: <Link to="/">{t('catalogue')}</Link> },
            ...(identity?.role === 'APPLICANT'
              ? [{ key: '/my/cases', label: <Link to="/my/cases">{t('myCases')}</Link> }]
              : []),
            // Administrators may read every case's record too (the API's auditor scope).
            ...(identity?.role === 'AUDITOR' || identity?.role === 'ADMIN'
              ? [{ key: '/audit', label: <Link to="/audit">{t('audit')}</Link> }]
              : []),
            ...(identity?.role === 'ADMIN'
              ? [{ key: '/admin/calendar', label: <Link to="/admin/calendar">{t('calendar')}</Link> }]
              : []),
            ...officerMenu,
          ]}
        />
        <Space>
          <Button size="small" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          {identity ? (
            <>
              <Tag color="gold" title={t('signedInAs')}>
                {identity.sub} · {identity.role}
                {identity.agency ? ` · ${identity.agency}` : ''}
              </Tag>
              <Button size="small" onClick={endSession}>
                {t('signOut')}
              </Button>
            </>
          ) : (
            <Link to="/sign-in">
              <Button size="small" type="primary">
                {t('signIn')}
              </Button>
            </Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content key={token ?? ''} style={{ padding: '24px clamp(12px, 4vw, 48px)' }}>
        <IdentityContext.Provider value={identity}>
          <Suspense fallback={<Spin />}>
            <Routes>
              <Route path="/" element={<Catalogue />} />
              <Route path="/items/:code" element={<ItemGuide />} />
              <Route path="/items/:code/apply" element={<Apply />} />
              <Route path="/my/cases" element={<MyCases />} />
              <Route path="/cases/:id" element={<CaseDetail />} />
              <Route path="/audit" element={<AuditCase />} />
              <Route path="/audit/cases/:id" element={<AuditCase />} />
              <Route path="/admin/calendar" element={<CalendarYears />} />
              {officerRoutes}
              <Route path="/sign-in" element={<SignIn onSignedIn={signedIn} />} />
              <Route path="/sign-in/callback" element={<SignInCallback onSignedIn={signedIn} />} />
            </Routes>
          </Suspense>
        </IdentityContext.Provider>
      </Layout.Content>
    </Layout>
  );
}

export function App() {
  const [language, setLanguage] = useState<Language>('zh');
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <ConfigProvider locale={antdLocales[language]}>
        <Shell />
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { Button, ConfigProvider, Layout, Menu, Space, Spin, Tag, Typography, type ThemeConfig } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { ButtonLink } from './ButtonLink';
import { catalogueRoutes, useCatalogueMenu } from './catalogue-admin/catalogue-screens';
import { hallRoutes, useHallMenu } from './hall/hall-screens';
import { ratingRoutes, useRatingMenu } from './hall/rectification-screens';
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
  const catalogueMenu = useCatalogueMenu(identity?.role);
  const hallMenu = useHallMenu(identity?.role);
  const ratingMenu = useRatingMenu(identity?.role);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 16, height: 'auto' }}>
        {/* The product's name, not a heading: each page's own title is its one level-one heading. */}
        <Typography.Text strong style={{ color: '#fff', fontSize: 20, whiteSpace: 'nowrap' }}>
          {t('title')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[location.pathname === '/' ? 'catalogue' : location.pathname]}
          // Wrapped rather than folded into "…": a folded item stays in the page, hidden from
          // screen readers yet reachable by Tab.
          disabledOverflow
          style={{ flex: 1, minWidth: 0, flexWrap: 'wrap' }}
          items={[
            { key: 'catalogue', label: <Link to="/">{t('catalogue')}</Link> },
            ...(identity?.role === 'APPLICANT'
              ? [{ key: '/my/cases', label: <Link to="/my/cases">{t('myCases')}</Link> }]
              : []),
            ...(identity?.role === 'APPLICANT' ? hallMenu : []),
            // Administrators may read every case's record too (the API's auditor scope).
            ...(identity?.role === 'AUDITOR' || identity?.role === 'ADMIN'
              ? [{ key: '/audit', label: <Link to="/audit">{t('audit')}</Link> }]
              : []),
            ...(identity?.role === 'ADMIN'
              ? [{ key: '/admin/calendar', label: <Link to="/admin/calendar">{t('calendar')}</Link> }]
              : []),
            ...catalogueMenu,
            ...officerMenu,
            ...(identity?.role === 'APPLICANT' ? [] : hallMenu),
            ...ratingMenu,
          ]}
        />
        <Space>
          <Button size="small" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          {identity ? (
            <>
              <Tag title={t('signedInAs')}>
                {identity.sub} · {identity.role}
                {identity.agency ? ` · ${identity.agency}` : ''}
              </Tag>
              <Button size="small" onClick={endSession}>
                {t('signOut')}
              </Button>
            </>
          ) : (
            <ButtonLink to="/sign-in" size="small" type="primary">
              {t('signIn')}
            </ButtonLink>
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
              {catalogueRoutes}
              {officerRoutes}
              {hallRoutes}
              {ratingRoutes}
              <Route path="/sign-in" element={<SignIn onSignedIn={signedIn} />} />
              <Route path="/sign-in/callback" element={<SignInCallback onSignedIn={signedIn} />} />
            </Routes>
          </Suspense>
        </IdentityContext.Provider>
      </Layout.Content>
    </Layout>
  );
}

/**
 * Ant Design's colours darkened where its defaults fall short of WCAG AA's 4.5:1 for text (its
 * primary blue is 4.1:1 on white, its description grey 3.4:1, its status colours lower), and
 * heading sizes set so that each page's title can be its one <h1> at the size of a section title.
 * Tags take these status colours (success, warning, error, processing) or a preset that passes
 * as it is (blue, red, purple); green, gold and orange presets do not.
 */
const DESK_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorLink: '#0958d9',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    // Placeholders and "no data" are read too (4.7:1 rather than 1.8:1).
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.55)',
    // Derived from the darker seeds these would turn grey; kept as Ant Design's light tints.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    fontSizeHeading1: 24,
    fontSizeHeading2: 20,
    fontSizeHeading3: 16,
  },
};

export function App() {
  const [language, setLanguage] = useState<Language>('zh');
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <ConfigProvider locale={antdLocales[language]} theme={DESK_THEME}>
        <Shell />
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}

import { Alert } from 'antd';
import { lazy, type ReactNode } from 'react';
import { Link, Route } from 'react-router';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';

// Loaded when first opened: only agency staff and the hall's managers download them.
const RectificationInbox = lazy(() =>
  import('./rectification-inbox').then((screen) => ({ default: screen.RectificationInbox })),
);
const VisitRating = lazy(() => import('./visit-rating').then((screen) => ({ default: screen.VisitRating })));
const FiguresScreen = lazy(() => import('./figures-screen').then((screen) => ({ default: screen.FiguresScreen })));

const texts = defineTexts(
  { rectifications: '整改', figures: '大厅数据', notYours: '此页面供{roles}使用；请以相应身份登录' },
  { rectifications: 'Rectifications', figures: 'Hall figures', notYours: 'This page is for {roles}: sign in as one' },
);

const AGENCY_STAFF = ['REVIEWER', 'WINDOW', 'SUPERVISOR'];
const MANAGERS = ['ADMIN', 'SUPERVISOR'];

/** A screen for some roles only; what anyone sees is still the API's decision. */
function ForRoles({ roles, children }: { roles: string[]; children: ReactNode }) {
  const { t } = useText(texts);
  const role = useIdentity()?.role;
  if (role && roles.includes(role)) return children;
  return (
    <Alert
      type="warning"
      title={t('notYours').replace('{roles}', roles.join(' / '))}
      action={<Link to="/sign-in">{t('signIn')}</Link>}
    />
  );
}

/** 整改 for agency staff, 大厅数据 for administrators and supervisors. */
export function useRatingMenu(role: string | undefined) {
  const { t } = useText(texts);
  return [
    ...(role && AGENCY_STAFF.includes(role)
      ? [{ key: '/rectifications', label: <Link to="/rectifications">{t('rectifications')}</Link> }]
      : []),
    ...(role && MANAGERS.includes(role) ? [{ key: '/figures', label: <Link to="/figures">{t('figures')}</Link> }] : []),
  ];
}

export const ratingRoutes = (
  <>
    {/* For whoever holds a served ticket: its QR code leads here, signed in or not. */}
    <Route path="/rate-visit" element={<VisitRating />} />
    <Route
      path="/rectifications"
      element={
        <ForRoles roles={AGENCY_STAFF}>
          <RectificationInbox />
        </ForRoles>
      }
    />
    <Route
      path="/figures"
      element={
        <ForRoles roles={MANAGERS}>
          <FiguresScreen />
        </ForRoles>
      }
    />
  </>
);

import { Alert } from 'antd';
import { lazy, type ReactNode } from 'react';
import { Link, Route } from 'react-router';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';
import { isOfficer, OFFICER_HOMES, type OfficerRole } from './officer-homes';

// Loaded when an officer first opens one: no one else downloads them, nor pdf.js behind them.
const CaseAtWork = lazy(() => import('./CaseAtWork').then((screen) => ({ default: screen.CaseAtWork })));
const OverdueTasks = lazy(() => import('./OverdueTasks').then((screen) => ({ default: screen.OverdueTasks })));
const TaskInbox = lazy(() => import('./TaskInbox').then((screen) => ({ default: screen.TaskInbox })));

const texts = defineTexts(
  {
    'menu.WINDOW': '受理队列',
    'menu.REVIEWER': '部门待办',
    'menu.SUPERVISOR': '超期督办',
    'role.WINDOW': '窗口人员',
    'role.REVIEWER': '审批人员',
    'role.SUPERVISOR': '督办人员',
    notYours: '此页面供{roles}使用；请以相应身份登录',
  },
  {
    'menu.WINDOW': 'Acceptance queue',
    'menu.REVIEWER': 'Agency inbox',
    'menu.SUPERVISOR': 'Overdue tasks',
    'role.WINDOW': 'the window',
    'role.REVIEWER': 'reviewers',
    'role.SUPERVISOR': 'supervisors',
    notYours: 'This page is for {roles}: sign in as one',
  },
);

/** Each officer's home screen, in the menu for their role only. */
const SCREENS: Record<OfficerRole, ReactNode> = {
  WINDOW: <TaskInbox role="WINDOW" />,
  REVIEWER: <TaskInbox role="REVIEWER" />,
  SUPERVISOR: <OverdueTasks />,
};

/**
 * A screen for some roles only. The API decides what anyone sees; this only spares a person of
 * another role a screen of refusals.
 */
function ForRoles({ roles, children }: { roles: OfficerRole[]; children: ReactNode }) {
  const { t, pick } = useText(texts);
  const role = useIdentity()?.role;
  if (isOfficer(role) && roles.includes(role)) return children;
  return (
    <Alert
      type="warning"
      title={t('notYours').replace('{roles}', roles.map((allowed) => t(`role.${allowed}`)).join(pick('、', ', ')))}
      action={<Link to="/sign-in">{t('signIn')}</Link>}
    />
  );
}

/** The menu entry of the signed-in officer's home screen, if they are one. */
export function useOfficerMenu(role: string | undefined) {
  const { t } = useText(texts);
  if (!isOfficer(role)) return [];
  const path = OFFICER_HOMES[role];
  return [{ key: path, label: <Link to={path}>{t(`menu.${role}`)}</Link> }];
}

/** The officers' routes, to place inside the desk's `<Routes>`. */
export const officerRoutes = (
  <>
    {(Object.keys(SCREENS) as OfficerRole[]).map((role) => (
      <Route key={role} path={OFFICER_HOMES[role]} element={<ForRoles roles={[role]}>{SCREENS[role]}</ForRoles>} />
    ))}
    <Route
      path="/work/:id"
      element={
        <ForRoles roles={['WINDOW', 'REVIEWER', 'SUPERVISOR']}>
          <CaseAtWork />
        </ForRoles>
      }
    />
  </>
);

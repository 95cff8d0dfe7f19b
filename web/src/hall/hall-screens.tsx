import { Alert } from 'antd';
import { lazy, type ReactNode } from 'react';
import { Link, Route } from 'react-router';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';

const screen = <Name extends string>(load: () => Promise<Record<Name, () => ReactNode>>, name: Name) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const WindowCaller = screen(() => import('./WindowCaller'), 'WindowCaller');
const Kiosk = screen(() => import('./Kiosk'), 'Kiosk');
const MyAppointments = screen(() => import('./MyAppointments'), 'MyAppointments');

const texts = defineTexts(
  {
    caller: '窗口叫号',
    kiosk: '取号机',
    appointments: '预约',
    'notYours.WINDOW': '此页面供窗口人员使用；请以窗口人员身份登录',
    'notYours.APPLICANT': '此页面供申请人使用；请以申请人身份登录',
  },
  {
    caller: 'Window caller',
    kiosk: 'Ticket machine',
    appointments: 'Appointments',
    'notYours.WINDOW': 'This page is for the window’s staff: sign in as one',
    'notYours.APPLICANT': 'This page is for applicants: sign in as one',
  },
);

type HallRole = 'WINDOW' | 'APPLICANT';

/** Spares anyone else a screen of refusals; the API decides what anyone sees. */
function ForRole({ role, children }: { role: HallRole; children: ReactNode }) {
  const { t } = useText(texts);
  if (useIdentity()?.role === role) return children;
  return <Alert type="warning" title={t(`notYours.${role}`)} action={<Link to="/sign-in">{t('signIn')}</Link>} />;
}

const SCREENS: Array<{ path: string; role: HallRole; menu: 'caller' | 'kiosk' | 'appointments'; element: ReactNode }> =
  [
    { path: '/hall/window', role: 'WINDOW', menu: 'caller', element: <WindowCaller /> },
    { path: '/hall/kiosk', role: 'WINDOW', menu: 'kiosk', element: <Kiosk /> },
    { path: '/my/appointments', role: 'APPLICANT', menu: 'appointments', element: <MyAppointments /> },
  ];

/** The hall's screens of the signed-in person's role, for the menu. */
export function useHallMenu(role: string | undefined) {
  const { t } = useText(texts);
  return SCREENS.filter((hallScreen) => hallScreen.role === role).map(({ path, menu }) => ({
    key: path,
    label: <Link to={path}>{t(menu)}</Link>,
  }));
}

/** The hall's routes, to place inside the desk's `<Routes>`. */
export const hallRoutes = SCREENS.map(({ path, role, element }) => (
  <Route key={path} path={path} element={<ForRole role={role}>{element}</ForRole>} />
));

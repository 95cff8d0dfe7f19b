import { Alert } from 'antd';
import { lazy, type ReactNode } from 'react';
import { Link, Route } from 'react-router';
import { defineTexts, useText } from '../i18n';
import { useIdentity } from '../session';

// Loaded when an administrator first opens one, the YAML reader with them.
const screen = <Name extends string>(load: () => Promise<Record<Name, () => ReactNode>>, name: Name) =>
  lazy(() => load().then((module) => ({ default: module[name] })));
const CatalogueOverview = screen(() => import('./CatalogueOverview'), 'CatalogueOverview');
const DraftItem = screen(() => import('./DraftItem'), 'DraftItem');
const ReviewQueue = screen(() => import('./ReviewQueue'), 'ReviewQueue');
const ReviewItem = screen(() => import('./ReviewItem'), 'ReviewItem');
const ItemVersions = screen(() => import('./ItemVersions'), 'ItemVersions');
const CatalogueLog = screen(() => import('./CatalogueLog'), 'CatalogueLog');
const Vocabulary = screen(() => import('./Vocabulary'), 'Vocabulary');

const texts = defineTexts(
  {
    menu: '目录管理',
    overview: '事项总览',
    review: '审核队列',
    log: '目录日志',
    vocabulary: '部门与类别',
    notYours: '此页面供管理员使用；请以管理员身份登录',
  },
  {
    menu: 'Catalogue',
    overview: 'Items',
    review: 'Review queue',
    log: 'Catalogue log',
    vocabulary: 'Agencies and kinds',
    notYours: 'This page is for administrators: sign in as one',
  },
);

/** Spares anyone else a screen of refusals; the API decides what anyone sees. */
function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useText(texts);
  if (useIdentity()?.role === 'ADMIN') return children;
  return <Alert type="warning" title={t('notYours')} action={<Link to="/sign-in">{t('signIn')}</Link>} />;
}

const MENU = [
  ['/admin/catalogue', 'overview'],
  ['/admin/catalogue/review', 'review'],
  ['/admin/catalogue/log', 'log'],
  ['/admin/catalogue/vocabulary', 'vocabulary'],
] as const;

/** The administrators' menu group of catalogue screens, opened on hover. */
export function useCatalogueMenu(role: string | undefined) {
  const { t } = useText(texts);
  if (role !== 'ADMIN') return [];
  return [
    {
      key: 'catalogue-admin',
      // A link itself, so that the group is reached by Tab too; the overview links to the rest.
      label: (
        <Link to="/admin/catalogue" style={{ color: 'inherit' }}>
          {t('menu')}
        </Link>
      ),
      children: MENU.map(([path, name]) => ({ key: path, label: <Link to={path}>{t(name)}</Link> })),
    },
  ];
}

const ROUTES: Array<[string, ReactNode]> = [
  ['/admin/catalogue', <CatalogueOverview />],
  ['/admin/catalogue/draft/new', <DraftItem />],
  ['/admin/catalogue/review', <ReviewQueue />],
  ['/admin/catalogue/log', <CatalogueLog />],
  ['/admin/catalogue/vocabulary', <Vocabulary />],
  ['/admin/catalogue/:code', <ItemVersions />],
  ['/admin/catalogue/:code/:version/edit', <DraftItem />],
  ['/admin/catalogue/:code/:version/review', <ReviewItem />],
];

/** The catalogue screens' routes, to place inside the desk's `<Routes>`. */
export const catalogueRoutes = ROUTES.map(([path, element]) => (
  <Route key={path} path={path} element={<AdminOnly>{element}</AdminOnly>} />
));

import type { ServiceGuide } from '../../service-items/item-definition';
import { builder } from '../builder';

const GuideStep = builder.objectRef<ServiceGuide['steps'][number]>('GuideStep').implement({
  fields: (t) => ({
    title: t.exposeString('title'),
    titleEn: t.exposeString('titleEn'),
    detail: t.exposeString('detail'),
  }),
});

export const ServiceGuideType = builder.objectRef<ServiceGuide>('ServiceGuide').implement({
  description: 'The published guide to an item (办事攻略)',
  fields: (t) => ({
    summary: t.exposeString('summary'),
    summaryEn: t.exposeString('summaryEn'),
    steps: t.field({ type: [GuideStep], resolve: (guide) => guide.steps }),
    tips: t.exposeStringList('tips'),
    legalBasis: t.exposeStringList('legalBasis'),
  }),
});

import { Tag } from 'antd';
import type { GreenChannelGround } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { hallTexts } from './hall-texts';

const texts = defineTexts({ greenChannel: '绿色通道' }, { greenChannel: 'Green channel' });

/** A green-channel case's tag, with its ground: on the case, in the inbox, at the window. */
export function GreenChannelTag({ ground }: { ground: GreenChannelGround }) {
  const { t } = useText(texts);
  const hall = useText(hallTexts).t;
  return <Tag color="success">{`${t('greenChannel')} · ${hall(`ground.${ground}`)}`}</Tag>;
}
